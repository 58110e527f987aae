"""Deterministic demo data: ~200 multilingual customers with histories and telling flags."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import phonenumbers

from softphone.core.records import (
    CallRecord,
    Customer,
    Flag,
    FlagKind,
    Note,
    NoteKind,
    NoteState,
    Reason,
)
from softphone.store import LocalStore
from softphone.store.db import iso

DEFAULT_SEED = 20240611
CUSTOMERS = 200
AGENTS = ("anna.k", "marco.b", "olga.s", "li.wei", "james.t", "demo.agent")
SUPERVISOR = "supervisor.weber"

# A number no demo customer has: call from it to see the "unknown caller" card.
UNKNOWN_NUMBER = "+390298765432"

_FIRST = {
    "it": ("Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Luca", "Sofia", "Matteo"),
    "de": ("Anna", "Lukas", "Lena", "Jonas", "Sophie", "Felix", "Marie", "Paul"),
    "ru": ("Ольга", "Дмитрий", "Наталья", "Алексей", "Екатерина", "Сергей", "Мария", "Андрей"),
    "zh": ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "秀英", "建华"),
    "en": ("Oliver", "Emma", "James", "Charlotte", "William", "Amelia", "Harry", "Olivia"),
}
_LAST = {
    "it": ("Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco"),
    "de": ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"),
    "ru": ("Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов"),
    "zh": ("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"),
    "en": ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Wright"),
}
# Russian surnames take -a for women; these first names are the women's.
_RU_FEMALE = {"Ольга", "Наталья", "Екатерина", "Мария"}
_CITY = {
    "it": ("Via Roma {n}, 00184 Roma", "Corso Buenos Aires {n}, 20124 Milano"),
    "de": ("Hauptstraße {n}, 10115 Berlin", "Leopoldstraße {n}, 80802 München"),
    "ru": ("ул. Тверская, д. {n}, Москва", "Невский пр., д. {n}, Санкт-Петербург"),
    "zh": ("北京市朝阳区建国路{n}号", "上海市浦东新区世纪大道{n}号"),
    "en": ("{n} High Street, London", "{n} Deansgate, Manchester"),
}
# (region, E.164 prefixes that make valid numbers with `digits` more digits)
_PHONES = {
    "it": ("IT", (("+393", 9), ("+3906", 8), ("+3902", 8))),
    "de": ("DE", (("+49151", 8), ("+49170", 8), ("+4930", 8))),
    "ru": ("RU", (("+7916", 7), ("+7495", 7))),
    "zh": ("CN", (("+86138", 8), ("+86139", 8), ("+8610", 8))),
    "en": ("GB", (("+447", 9), ("+44207946", 4))),
}
_SEGMENTS = ("consumer", "consumer", "consumer", "business", "premium", "public sector")
_DISPOSITIONS = ("resolved", "resolved", "callback promised", "escalated", "information given")
_WRAPUPS = (
    "Invoice question answered; sent a copy by e-mail.",
    "Router replaced, customer confirmed the line works.",
    "Wants a call back next week about the contract renewal.",
    "Complaint about waiting time; apologised and logged it.",
    "Address change done.",
    "Asked for a supervisor; transferred to the supervisor line.",
)


@dataclass
class _Plan:
    customer: Customer
    calls: list[CallRecord]
    notes: list[Note]


class _Seeder:
    def __init__(self, seed: int, now: datetime) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.used_phones: set[str] = set()

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def ago(self, max_days: float, min_days: float = 0.0) -> datetime:
        return self.now - timedelta(days=self.rng.uniform(min_days, max_days))

    def phone(self, language: str) -> str:
        region, patterns = _PHONES[language]
        while True:
            prefix, digits = self.rng.choice(patterns)
            number = prefix + "".join(str(self.rng.randrange(10)) for _ in range(digits))
            parsed = phonenumbers.parse(number, region)
            if phonenumbers.is_valid_number(parsed) and number not in self.used_phones:
                self.used_phones.add(number)
                return number

    def name(self, language: str) -> str:
        first = self.rng.choice(_FIRST[language])
        last = self.rng.choice(_LAST[language])
        if language == "zh":
            return last + first
        if language == "ru" and first in _RU_FEMALE:
            last += "а"
        return f"{first} {last}"

    def customer(self, index: int, language: str, **overrides: object) -> Customer:
        name = str(overrides.pop("name", None) or self.name(language))
        phones = tuple(self.phone(language) for _ in range(1 + (self.rng.random() < 0.3)))
        fields: dict[str, object] = {
            "id": self.uid(),
            "number": f"C{100000 + index}",
            "name": name,
            "language": language,
            "segment": self.rng.choice(_SEGMENTS),
            "phones": phones,
            "email": f"customer{100000 + index}@example.com",
            "address": self.rng.choice(_CITY[language]).format(n=self.rng.randrange(1, 200)),
            "updated_at": iso(self.ago(200, 30)),
        }
        fields.update(overrides)
        return Customer(**fields)  # type: ignore[arg-type]

    def history(self, customer: Customer, entries: int) -> tuple[list[CallRecord], list[Note]]:
        call_list: list[CallRecord] = []
        note_list: list[Note] = []
        while len(call_list) + len(note_list) < entries:
            agent = self.rng.choice(AGENTS)
            start = self.ago(180, 1)
            answered = self.rng.random() < 0.85
            inbound = self.rng.random() < 0.75
            call_id = self.uid()
            end = start + timedelta(seconds=self.rng.randint(40, 900) if answered else 25)
            disposition = self.rng.choice(_DISPOSITIONS) if answered else ""
            call_list.append(
                CallRecord(
                    id=call_id,
                    direction="inbound" if inbound else "outbound",
                    agent=agent,
                    started_at=iso(start),
                    sip_call_id=f"{self.uid()}@pbx.example.com",
                    remote_uri=f"sip:{customer.phones[0]}@pbx.example.com"
                    if customer.phones
                    else "",
                    number=customer.phones[0] if customer.phones else "",
                    customer_id=customer.id,
                    answered_at=iso(start + timedelta(seconds=6)) if answered else "",
                    ended_at=iso(end),
                    end_reason="200 OK" if answered else "487 Request Terminated",
                    ended_by=self.rng.choice(("local", "remote")) if answered else "remote",
                    disposition=disposition,
                )
            )
            if answered and self.rng.random() < 0.6:
                note_list.append(
                    Note(
                        id=self.uid(),
                        kind=NoteKind.WRAPUP,
                        agent=agent,
                        created_at=iso(end + timedelta(seconds=30)),
                        customer_id=customer.id,
                        call_id=call_id,
                        text=self.rng.choice(_WRAPUPS),
                        details={"disposition": disposition},
                    )
                )
        return call_list, note_list

    def critical(self, customer: Customer, days_ago: float, reason: Reason, text: str) -> Note:
        at = self.now - timedelta(days=days_ago)
        steps = ("warning1", "warning2", "farewell")
        return Note(
            id=self.uid(),
            kind=NoteKind.CRITICAL,
            agent=self.rng.choice(AGENTS),
            created_at=iso(at),
            customer_id=customer.id,
            call_id=self.uid(),
            text=text,
            reason=reason,
            state=NoteState.COMPLETED,
            steps=tuple(f"{s}@{iso(at + timedelta(seconds=40 * i))}" for i, s in enumerate(steps)),
            medical_possible=False,
            details={"played_ms": "5200", "hung_up_by": "agent", "outcome": "critical_ending"},
        )


def _special(s: _Seeder) -> list[_Plan]:
    """The customers worth calling from in a demo, in the order the demo offers them."""
    plans: list[_Plan] = []

    def add(c: Customer, entries: int = 8, extra: tuple[Note, ...] = ()) -> Customer:
        call_list, note_list = s.history(c, entries)
        plans.append(_Plan(c, call_list, [*note_list, *extra]))
        return c

    add(
        s.customer(
            1,
            "it",
            name="Serena Valli",
            segment="premium",
            notes="Opera singer. Private line: never confirm to third parties that she is a "
            "customer.",
            flags=(
                Flag(
                    FlagKind.VIP,
                    "Celebrity: personal data masked; reveal only with a reason",
                    set_by=SUPERVISOR,
                ),
            ),
        )
    )
    add(
        s.customer(
            2,
            "de",
            name="Dieter Krause",
            flags=(
                Flag(
                    FlagKind.BANNED,
                    "Written contact only",
                    expires_at=iso(s.now + timedelta(days=90)),
                    set_by=SUPERVISOR,
                ),
                Flag(FlagKind.ABUSIVE, count=3, last_at=iso(s.now - timedelta(days=21))),
            ),
        )
    )
    ivan = s.customer(
        3,
        "ru",
        name="Иван Петров",
        flags=(Flag(FlagKind.ABUSIVE, count=2, last_at=iso(s.now - timedelta(days=9))),),
    )
    add(
        ivan,
        extra=(
            s.critical(ivan, 40, Reason.INSULTS, "Kept insulting after both warnings."),
            s.critical(ivan, 9, Reason.THREATS, "Threatened to come to the shop."),
        ),
    )
    add(
        s.customer(
            4,
            "en",
            name="Charlotte Evans",
            flags=(
                Flag(
                    FlagKind.AT_RISK,
                    "Wants to cancel after three failed repairs: offer the retention team",
                    set_by=SUPERVISOR,
                ),
            ),
        ),
        entries=14,
    )
    add(
        s.customer(
            5,
            "zh",
            name="王伟",
            flags=(
                Flag(
                    FlagKind.NEEDS_INTERPRETER,
                    "Speaks Mandarin only: add the interpreter line (ext. 2100) to the call",
                ),
            ),
        )
    )
    add(
        s.customer(
            6,
            "de",
            name="Margarethe Vogel",
            flags=(
                Flag(
                    FlagKind.ACCESSIBILITY,
                    "Hearing impaired: speak slowly and clearly; offer the relay service",
                ),
            ),
        )
    )
    hostile = s.customer(
        7,
        "en",
        name="<img src=x onerror=alert(1)>",
        address="<script>alert('address')</script>\u202eevil.exe",
        notes="**bold?** <b>not bold</b> &amp; 😀🔥 \u202ereversed\u202c tab:\there",
        email="x\"'><svg/onload=alert(1)>@example.com",
    )
    long_note = Note(
        id=s.uid(),
        kind=NoteKind.MANUAL,
        agent="james.t",
        created_at=iso(s.now - timedelta(days=2)),
        customer_id=hostile.id,
        text=("10 KB note <i>with markup</i> and emoji 🧪. " * 300)[:10240],
    )
    add(hostile, extra=(long_note,))
    add(s.customer(8, "en", name="مريم الحسيني", notes="يفضل الاتصال صباحاً (prefers mornings)"))
    family_line = s.phone("it")
    giulia = s.customer(9, "it", name="Giulia Bianchi", phones=(family_line,))
    add(giulia)
    add(s.customer(10, "it", name="Marco Bianchi", phones=(family_line, s.phone("it"))))
    add(s.customer(11, "de", name="Hoffmann Logistik GmbH", segment="business"), entries=1200)
    return plans


def seed_demo(
    store: LocalStore, *, seed: int = DEFAULT_SEED, now: datetime | None = None
) -> list[str]:
    """Fill the store with the demo customers and their histories (cached, not queued).

    Returns E.164 numbers to call from, the interesting ones first: VIP, banned, abusive
    twice, at risk, needs an interpreter, hearing impaired, hostile data, RTL name, a
    family line shared by two customers, a business with 1,200 history entries; then one
    number of every other customer. Same seed and `now`, same data; seeding twice updates
    in place.
    """
    seeder = _Seeder(seed, now or store.clock())
    plans = _special(seeder)
    languages = ("it", "de", "ru", "zh", "en")
    for index in range(len(plans), CUSTOMERS):
        customer = seeder.customer(100 + index, seeder.rng.choice(languages))
        call_list, note_list = seeder.history(customer, seeder.rng.randint(0, 14))
        plans.append(_Plan(customer, call_list, note_list))
    store.put_customers(p.customer for p in plans)
    store.put_history([c for p in plans for c in p.calls], [n for p in plans for n in p.notes])
    numbers = [p.customer.phones[0] for p in plans if p.customer.phones]
    return list(dict.fromkeys(numbers))
