"""The README stays true: its options table is OPTIONS, and it documents every CLI flag."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from softphone.app.cli import build_parser
from softphone.config.options import OPTIONS
from softphone.config.reference import BEGIN, END, markdown_table, replace_table

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


def test_options_table_matches_the_declarations(readme: str) -> None:
    block = readme.partition(BEGIN)[2].partition(END)[0].strip()
    assert block == markdown_table(), (
        "README.md's options table is out of date: run "
        "`python -m softphone.config.reference README.md`"
    )


def test_every_option_has_a_row(readme: str) -> None:
    for key in OPTIONS:
        assert f"| `{key}` |" in readme


def test_every_cli_flag_and_command_is_documented(readme: str) -> None:
    parser = build_parser()
    flags = [
        option
        for action in parser._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    ]
    assert flags
    for flag in flags:
        assert f"`{flag}" in readme or f" {flag}" in readme, flag
    commands = [
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    ]
    assert commands == ["demo", "customers"]
    for command in commands:
        assert f"softphone {command}" in readme, command


def test_the_first_lines_are_the_two_commands(readme: str) -> None:
    head = readme.splitlines()[:6]
    assert any("softphone demo" in line and "pip install -e ." in line for line in head)
    assert any(re.match(r"bash \.ci/test\b", line) for line in head)


def test_replace_table_rewrites_only_the_block() -> None:
    text = f"intro\n{BEGIN}\nold rows\n{END}\noutro\n"
    assert replace_table(text) == f"intro\n{BEGIN}\n{markdown_table()}\n{END}\noutro\n"
    with pytest.raises(ValueError, match="markers"):
        replace_table("no markers here")
