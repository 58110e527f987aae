"""SIP layer: the only package that imports pjsua2 (engine thread, accounts, calls, media)."""
