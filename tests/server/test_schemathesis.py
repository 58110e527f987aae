"""Property-based API fuzzing from the published OpenAPI schema: never a 500, always the schema."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error, response_schema_conformance

from softphone.protocol.events import EventBatch
from softphone.server.app import create_app
from softphone.server.db import Database
from softphone.server.ingest import ingest
from softphone.server.settings import ServerSettings
from tests.server.factories import call, note

MAX_EXAMPLES = 25  # per operation, mode and backend: the whole test takes seconds


def test_no_server_errors(settings: ServerSettings, db: Database, agent: dict[str, str]) -> None:
    ingest(db, "alice", EventBatch.model_validate({"notes": [note()], "calls": [call()]}))
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(settings, db))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} >= {
        "POST /api/v1/events",
        "GET /api/v1/changes",
        "GET /api/v1/customers/lookup",
        "GET /api/v1/notes",
        "GET /api/v1/calls",
        "POST /api/v1/enrol",
    }
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @hypothesis_settings(
                max_examples=MAX_EXAMPLES,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                derandomize=True,
                database=None,
            )
            def check(case: schemathesis.Case) -> None:
                case.call_and_validate(
                    headers=dict(agent), checks=[not_a_server_error, response_schema_conformance]
                )

            try:
                check()
            except Unsatisfiable:
                # Nothing can be made invalid (e.g. /health has no parameters).
                assert mode is GenerationMode.NEGATIVE, operation.label
