"""Configuration: every option declared once; provisioning (IT, locked) over user settings."""
