"""The provisioning file and Windows registry policies: values, locks, and pinpointed problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from softphone.config import provisioning
from softphone.config.provisioning import (
    REG_DWORD,
    REG_EXPAND_SZ,
    REG_SZ,
    REGISTRY_SOURCE,
    RegistryValue,
    load,
    parse,
    parse_registry,
)
from softphone.core.errors import ConfigError

GOOD = """\
# Provisioned by IT
[sip]
domain = "pbx.example.com"
transport = "TCP"
expires = 600
register = true

[calls]
supervisor_uri = "sip:supervisor@pbx.example.com"
auto_answer_delay = 1.5

[general]
language = "de"

[scenarios]
critical = "/opt/softphone/critical.toml"
"""


def problem_for(result: provisioning.Provisioning, key: str) -> ConfigError:
    matches = [p for p in result.problems if p.key == key]
    assert len(matches) == 1, [str(p) for p in result.problems]
    return matches[0]


def write(tmp_path: Path, text: str, name: str = "provisioning.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_sets_and_locks_values(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    result = load(path)
    assert result.problems == []
    assert result.values == {
        "sip.domain": "pbx.example.com",
        "sip.transport": "tcp",
        "sip.expires": 600,
        "sip.register": True,
        "calls.supervisor_uri": "sip:supervisor@pbx.example.com",
        "calls.auto_answer_delay": 1.5,
        "general.language": "de",
    }
    assert result.locked == frozenset(result.values)
    assert result.extra == {"scenarios.critical": "/opt/softphone/critical.toml"}
    assert result.origin("sip.domain") == str(path)


def test_malformed_toml_names_file_and_line_and_keeps_the_rest(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[sip]\ndomain = "pbx.example.com"\nexpires = = 5\n\n[calls]\nauto_answer = true\n',
    )
    result = load(path)
    [problem] = result.problems
    assert problem.source == str(path)
    assert problem.line == 3
    assert str(problem).startswith(f"{path}, line 3: not valid TOML")
    assert result.values == {"sip.domain": "pbx.example.com", "calls.auto_answer": True}


def test_every_broken_line_is_reported_not_only_the_first() -> None:
    result = parse('[sip]\ndomain = "a\nexpires = 60\nproxy = sip:x\n', source="p.toml")
    assert sorted(p.line for p in result.problems if p.line) == [2, 4]
    assert result.values == {"sip.expires": 60}


def test_keys_under_a_broken_header_are_not_guessed_into_another_section() -> None:
    result = parse('[sip]\ndomain = "a"\n[calls\nauto_answer = true\n', source="p.toml")
    assert [p.line for p in result.problems] == [3]
    assert result.values == {"sip.domain": "a"}


def test_bad_value_names_file_line_and_key_and_other_keys_apply(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[sip]\ndomain = "pbx.example.com"\nexpires = 999999\ntransport = "carrier-pigeon"\n'
        '[calls]\nauto_answer = "yes"\nauto_answer_delay = 2\n',
    )
    result = load(path)
    expires = problem_for(result, "sip.expires")
    assert (expires.source, expires.line) == (str(path), 3)
    assert "at most 86400" in expires.reason
    assert str(expires).startswith(f"{path}, line 3, key 'sip.expires': ")
    assert problem_for(result, "sip.transport").line == 4
    assert problem_for(result, "calls.auto_answer").line == 6
    assert result.values == {"sip.domain": "pbx.example.com", "calls.auto_answer_delay": 2.0}


def test_unknown_keys_and_sections_are_reported() -> None:
    result = parse('[sip]\ndomian = "typo"\n[colour]\ntheme = "dark"\n', source="p.toml")
    assert problem_for(result, "sip.domian").line == 2
    assert problem_for(result, "colour.theme").line == 4
    assert "unknown setting" in problem_for(result, "sip.domian").reason
    assert result.values == {}


def test_top_level_values_must_be_in_a_section() -> None:
    result = parse('domain = "pbx"\n', source="p.toml")
    assert problem_for(result, "domain").line == 1
    assert "[section]" in problem_for(result, "domain").reason


def test_dotted_and_inline_keys_are_understood_and_located() -> None:
    result = parse(
        'sip.domain = "pbx"\ncalls = { auto_answer = true, bogus = 1 }\n', source="p.toml"
    )
    assert result.values == {"sip.domain": "pbx", "calls.auto_answer": True}
    assert problem_for(result, "calls.bogus").line == 2


@pytest.mark.parametrize(
    "text",
    [
        '[sip]\npassword = "hunter2"\n',
        '[sip]\nauth_password = "hunter2"\n',
        '[general]\nserver_token = "hunter2"\n',
        'password = "hunter2"\n',
        '[secrets]\nsip = "hunter2"\n',
    ],
)
def test_passwords_are_refused_and_never_echoed(text: str) -> None:
    result = parse(text, source="p.toml")
    [problem] = result.problems
    assert problem.line is not None
    assert "keychain" in problem.reason
    assert "hunter2" not in str(problem)
    assert result.values == {}
    assert result.extra == {}


def test_agent_settings_cannot_be_provisioned() -> None:
    result = parse('[sip]\nusername = "1001"\n', source="p.toml")
    assert "cannot be provisioned" in problem_for(result, "sip.username").reason
    assert result.values == {}


def test_nan_is_not_a_delay() -> None:
    result = parse("[calls]\nauto_answer_delay = nan\n", source="p.toml")
    assert "finite" in problem_for(result, "calls.auto_answer_delay").reason


def test_missing_file_is_fine_unless_named_explicitly(tmp_path: Path) -> None:
    assert load(tmp_path / "absent.toml").problems == []
    [problem] = load(tmp_path / "absent.toml", explicit=True).problems
    assert str(problem) == f"{tmp_path / 'absent.toml'}: file not found"


def test_environment_variable_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, '[sip]\ndomain = "env.example.com"\n')
    monkeypatch.setenv(provisioning.ENV_PATH, str(path))
    assert load().values == {"sip.domain": "env.example.com"}
    monkeypatch.setenv(provisioning.ENV_PATH, str(tmp_path / "gone.toml"))
    assert [p.reason for p in load().problems] == ["file not found"]


def test_unreadable_files_are_problems_not_crashes(tmp_path: Path) -> None:
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe[sip]\n")
    [problem] = load(binary).problems
    assert "UTF-8" in problem.reason
    [problem] = load(tmp_path).problems  # a directory
    assert "cannot read" in problem.reason


def test_default_path_per_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(provisioning.sys, "platform", "linux")
    assert provisioning.default_path() == Path("/etc/softphone/provisioning.toml")
    monkeypatch.setattr(provisioning.sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", r"D:\PD")
    assert provisioning.default_path() == Path(r"D:\PD") / "Softphone" / "provisioning.toml"


# -- Windows registry policies (mapping tested with a fake reader: no winreg here) --------


def test_registry_values_map_onto_options() -> None:
    values: list[RegistryValue] = [
        ("sip.domain", "pbx.corp.example", REG_SZ),
        ("sip.expires", 900, REG_DWORD),
        ("sip.register", 0, REG_DWORD),
        ("calls.auto_answer", "true", REG_SZ),
        ("calls.auto_answer_delay", "2.5", REG_SZ),
        ("sip.local_port", "5070", REG_SZ),
        ("general.server_url", "https://sync.example", REG_EXPAND_SZ),
        ("", "ignored default value", REG_SZ),
    ]
    result = parse_registry(values)
    assert result.problems == []
    assert result.values == {
        "sip.domain": "pbx.corp.example",
        "sip.expires": 900,
        "sip.register": False,
        "calls.auto_answer": True,
        "calls.auto_answer_delay": 2.5,
        "sip.local_port": 5070,
        "general.server_url": "https://sync.example",
    }
    assert {result.origin(k) for k in result.values} == {REGISTRY_SOURCE}


def test_registry_problems_name_the_key() -> None:
    result = parse_registry(
        [
            ("sip.expires", "soon", REG_SZ),
            ("sip.register", 7, REG_DWORD),
            ("sip.domain", 42, REG_DWORD),
            ("sip.password", "hunter2", REG_SZ),
            ("sip.colour", "red", REG_SZ),
            ("sip.username", "1001", REG_SZ),
            ("calls.auto_answer", b"\x01", 3),  # REG_BINARY
        ]
    )
    assert result.values == {}
    by_key = {p.key: p for p in result.problems}
    assert set(by_key) == {
        "sip.expires",
        "sip.register",
        "sip.domain",
        "sip.password",
        "sip.colour",
        "sip.username",
        "calls.auto_answer",
    }
    assert all(p.source == REGISTRY_SOURCE for p in result.problems)
    assert str(by_key["sip.expires"]).startswith(f"{REGISTRY_SOURCE}, key 'sip.expires': ")
    assert "hunter2" not in str(by_key["sip.password"])


def test_registry_policy_wins_over_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[sip]\ndomain = "file.example"\nexpires = 600\nexpires_typo = 1\n')

    def reader() -> list[RegistryValue]:
        return [("sip.domain", "policy.example", REG_SZ), ("sip.bogus", "x", REG_SZ)]

    result = load(path, registry=reader)
    assert result.values == {"sip.domain": "policy.example", "sip.expires": 600}
    assert result.origin("sip.domain") == REGISTRY_SOURCE
    assert result.origin("sip.expires") == str(path)
    assert {p.key for p in result.problems} == {"sip.expires_typo", "sip.bogus"}


def test_registry_read_errors_are_problems(tmp_path: Path) -> None:
    def reader() -> list[RegistryValue]:
        raise PermissionError(5, "Access is denied")

    result = load(tmp_path / "none.toml", registry=reader)
    [problem] = result.problems
    assert problem.source == REGISTRY_SOURCE
    assert "Access is denied" in problem.reason


def test_the_real_registry_is_read_only_on_windows() -> None:
    assert provisioning.read_registry_policies() == []
