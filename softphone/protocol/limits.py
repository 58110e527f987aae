"""Size limits and the API version of the wire protocol: one place, documented, enforced."""

from __future__ import annotations

API_VERSION = "v1"
API_PREFIX = f"/api/{API_VERSION}"

# A batch of events (POST /events). The sync client sends at most this many items in one
# request; the server answers 422 for more, 413 for a body larger than MAX_BODY_BYTES.
MAX_BATCH_ITEMS = 500  # calls + notes + reveals together
MAX_BODY_BYTES = 8 * 1024 * 1024  # 500 notes of 10,000 characters still fit, escaped

# Text fields, counted in characters (Unicode code points), not bytes.
MAX_TEXT_CHARS = 10_000  # a note's free text (about 10 KB of Latin text)
MAX_SHORT_CHARS = 200  # names, reasons, dispositions, end reasons
MAX_URI_CHARS = 512  # SIP URIs, SIP Call-IDs
MAX_ID_CHARS = 64  # local ids that are not UUIDs (e.g. the engine's call id)
MAX_STEPS = 32  # steps reached in one critical situation
MAX_STEP_CHARS = 80  # "warning1@2024-05-01T10:00:00.123456+00:00"
MAX_DETAILS = 32  # entries in a note's details map
MAX_DETAIL_KEY_CHARS = 64
MAX_DETAIL_VALUE_CHARS = 1_000
MAX_REVEAL_FIELDS = 16

# Reading.
MAX_PAGE = 1_000  # items in one page of /changes, /notes, /calls
DEFAULT_PAGE = 200
MAX_HISTORY = 100  # history entries on one card (lookup)
DEFAULT_HISTORY = 20

# Enrolment (POST /enrol): a desk trades a one-time code from IT for its agent token.
MAX_ENROLMENT_CODE_CHARS = 64  # codes are 27 characters; room for spaces and a prefix
MAX_HOSTNAME_CHARS = 253  # a DNS name; Windows computer names are shorter
