"""Field types shared by the wire schemas: UUIDs, bounded texts, E.164 numbers, UTC times."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from softphone.protocol import limits

E164_PATTERN = r"^\+[1-9][0-9]{6,14}$"
LOCAL_ID_PATTERN = r"^[A-Za-z0-9._:@-]*$"
AGENT_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"


def clean_text(value: str) -> str:
    """Reject what no database stores faithfully: NUL characters and lone surrogates."""
    if "\x00" in value:
        raise ValueError("NUL characters are not allowed")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("not valid Unicode text (lone surrogate)") from None
    return value


Clean = AfterValidator(clean_text)
Uuid = UUID
Timestamp = AwareDatetime  # ISO 8601 with an offset; naive times are rejected
Text = Annotated[str, StringConstraints(max_length=limits.MAX_TEXT_CHARS), Clean]
ShortText = Annotated[str, StringConstraints(max_length=limits.MAX_SHORT_CHARS), Clean]
UriText = Annotated[str, StringConstraints(max_length=limits.MAX_URI_CHARS), Clean]
LocalId = Annotated[
    str, StringConstraints(max_length=limits.MAX_ID_CHARS, pattern=LOCAL_ID_PATTERN)
]
E164 = Annotated[str, StringConstraints(pattern=E164_PATTERN)]
E164OrEmpty = Annotated[str, StringConstraints(pattern=r"^$|" + E164_PATTERN)]
AgentName = Annotated[str, StringConstraints(pattern=AGENT_NAME_PATTERN)]
StepText = Annotated[str, StringConstraints(min_length=1, max_length=limits.MAX_STEP_CHARS), Clean]
DetailKey = Annotated[
    str,
    StringConstraints(
        min_length=1, max_length=limits.MAX_DETAIL_KEY_CHARS, pattern=r"^[A-Za-z0-9_.-]+$"
    ),
]
DetailValue = Annotated[str, StringConstraints(max_length=limits.MAX_DETAIL_VALUE_CHARS), Clean]
Details = Annotated[dict[DetailKey, DetailValue], Field(max_length=limits.MAX_DETAILS)]


class WireModel(BaseModel):
    """Base of every wire schema: unknown fields are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)
