"""USB HID telephony headsets: hook switch, mute, flash and LEDs as call intents (hidapi)."""
