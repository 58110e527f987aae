"""Realistic demo data for the browser tests and screenshots: agents, customers, calls, notes."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

CUSTOMERS_CSV = """customer_number,name,language,segment,phones,email,address,notes,flags
C-1001,Mario Rossi,it,retail,+390612345678,mario@example.com,"Via Roma 1, Roma",Prefers mornings,
C-1002,Anna Schmidt,de,business,+4930123456789,anna@example.de,Berlin,,vip
C-1003,Ivan Petrov,ru,retail,+74951234567,,Moskva,Asks for the supervisor early,at_risk
C-1004,Li Wei,zh,retail,+8613800138000,,,Needs an interpreter for contracts,needs_interpreter
C-1005,John Carter,en,retail,+441632960001,john@example.co.uk,Leeds,,
C-1006,Giulia Bianchi,it,business,+390287654321,giulia@example.it,Milano,,
C-1007,"<script>alert('x')</script>",en,retail,+441632960999,,,"'; DROP TABLE notes; --",
"""
AGENTS = ("alice", "bob", "carla", "dmitri", "eva")
NOTE_TEXTS = {
    "insults": "Caller insulted me repeatedly after the first warning; ended per script.",
    "shouting": "Shouting for several minutes, could not get the account number.",
    "refuses_to_cooperate": "Refused to give any detail, kept repeating the same demand.",
    "threats": "Threatened to come to the office and 'sort it out'. Reported.",
    "other": "Caller used a recording of insults; ended the call.",
}


def build(customer_ids: dict[str, str], now: datetime, seed: int = 7) -> dict[str, dict[str, Any]]:
    """One batch per agent: about two weeks of calls and critical endings."""
    rng = random.Random(seed)
    phones = {
        "+390612345678": "C-1001",
        "+4930123456789": "C-1002",
        "+74951234567": "C-1003",
        "+8613800138000": "C-1004",
        "+441632960001": "C-1005",
        "+390287654321": "C-1006",
        "+441632960999": "C-1007",
    }
    batches: dict[str, dict[str, Any]] = {a: {"calls": [], "notes": []} for a in AGENTS}
    for day in range(14):
        for agent in AGENTS:
            for _ in range(rng.randint(3, 6)):
                number = rng.choice(list(phones))
                cid = customer_ids[phones[number]]
                start = now - timedelta(
                    days=day, hours=rng.randint(0, 8), minutes=rng.randint(0, 59)
                )
                short = agent == "dmitri" and rng.random() < 0.45
                duration = rng.uniform(2, 8) if short else rng.uniform(40, 600)
                answered = start + timedelta(seconds=rng.uniform(2, 12))
                ended = answered + timedelta(seconds=duration)
                call_id = str(uuid.uuid4())
                batches[agent]["calls"].append(
                    {
                        "id": call_id,
                        "direction": rng.choice(["inbound", "inbound", "outbound"]),
                        "started_at": start.isoformat(),
                        "answered_at": answered.isoformat(),
                        "ended_at": ended.isoformat(),
                        "number": number,
                        "customer_id": cid,
                        "ended_by": "local" if short or rng.random() < 0.5 else "remote",
                        "end_reason": "200 OK",
                        "disposition": rng.choice(["resolved", "callback", "escalated", ""]),
                    }
                )
                critical_odds = 0.25 if agent == "carla" else 0.06
                if not short and rng.random() < critical_odds:
                    reason = rng.choice(list(NOTE_TEXTS))
                    w1 = answered + timedelta(seconds=duration * 0.5)
                    w2 = w1 + timedelta(seconds=20)
                    farewell = w2 + timedelta(seconds=15)
                    batches[agent]["notes"].append(
                        {
                            "id": str(uuid.uuid4()),
                            "kind": "critical",
                            "created_at": farewell.isoformat(),
                            "state": "completed",
                            "reason": reason,
                            "customer_id": cid,
                            "call_id": call_id,
                            "text": NOTE_TEXTS[reason],
                            "steps": [
                                f"warning1@{w1.isoformat()}",
                                f"warning2@{w2.isoformat()}",
                                f"farewell@{farewell.isoformat()}",
                            ],
                            "details": {
                                "hung_up_by": "agent",
                                "sip_status": "200",
                                "played_ms": str(rng.randint(3800, 4600)),
                                "prompt_language": "it",
                            },
                        }
                    )
    return batches


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
