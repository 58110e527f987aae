"""Sync server and supervisor dashboard (FastAPI); installed with the `server` extra."""
