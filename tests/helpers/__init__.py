"""Test helpers: real components (Kamailio, pjsua2 peer processes) on loopback."""
