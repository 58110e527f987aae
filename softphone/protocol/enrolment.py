"""POST /enrol: a desk trades a one-time enrolment code (from IT) for its own agent token."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from softphone.protocol import limits
from softphone.protocol.common import AgentName, WireModel

# Codes look like SPE-7KQ4M-R2XWD-9HTPB-C3NVF; letters in any case, spaces and dashes are
# ignored, so a code read over the phone or pasted with a stray space still works.
ENROLMENT_CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9 -]*$"
HOSTNAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"

EnrolmentCode = Annotated[
    str,
    StringConstraints(
        min_length=1, max_length=limits.MAX_ENROLMENT_CODE_CHARS, pattern=ENROLMENT_CODE_PATTERN
    ),
]
Hostname = Annotated[
    str,
    StringConstraints(min_length=1, max_length=limits.MAX_HOSTNAME_CHARS, pattern=HOSTNAME_PATTERN),
]


class EnrolRequest(WireModel):
    code: EnrolmentCode = Field(description="The enrolment code IT provisioned on the desk")
    agent_name: AgentName = Field(description="The agent the new token is for")
    desk: Hostname = Field(description="The desk's host name (for the audit log)")

    def __repr__(self) -> str:  # the code is a credential until used: never in a repr
        return f"EnrolRequest(agent_name={self.agent_name!r}, desk={self.desk!r})"

    __str__ = __repr__


class EnrolResult(WireModel):
    agent_name: str
    role: str = Field(description="agent (may push events) or integration (read-only)")
    token: str = Field(description="The agent token, shown only this once (keep it secret)")

    def __repr__(self) -> str:
        return f"EnrolResult(agent_name={self.agent_name!r}, role={self.role!r})"

    __str__ = __repr__
