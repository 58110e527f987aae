"""Pure domain layer: models, events, ports and rules; imports only the standard library."""
