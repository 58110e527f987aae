"""Softphone: a desktop softphone for call-centre agents."""

__version__ = "0.1.0"
APP_NAME = "Softphone"
APP_ID = "softphone"
