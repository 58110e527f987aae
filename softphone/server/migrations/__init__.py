"""Alembic migrations of the server database (run by `softphone-server init`)."""
