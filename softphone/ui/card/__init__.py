"""The screen pop: customer card, history and wrap-up beside the call (ScreenPop is the entry)."""
