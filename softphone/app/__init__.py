"""Startup wiring and the command line: the only package that knows every concrete class."""
