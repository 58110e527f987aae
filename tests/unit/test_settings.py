"""Settings: precedence, locks, validation, atomic saves (full disk included) and upgrades."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from softphone.config import settings as settings_module
from softphone.config.provisioning import parse
from softphone.config.settings import Settings, rename_key
from softphone.core.errors import BugError, ConfigError, KnownError
from softphone.core.models import AccountConfig, AudioPrefs, Transport


def write_settings(path: Path, values: dict[str, Any], version: object = 1) -> None:
    path.write_text(json.dumps({"version": version, "settings": values}), encoding="utf-8")


def read_settings(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_defaults_without_any_file(path: Path) -> None:
    settings = Settings(path)
    assert settings.get("sip.expires") == 300
    assert settings.account() == AccountConfig()
    assert settings.problems == []
    assert not path.exists()  # reading never writes


def test_provisioning_wins_and_locks(path: Path) -> None:
    path.parent.mkdir()
    write_settings(path, {"sip.domain": "mine.example", "sip.username": "1001"})
    settings = Settings(path, parse('[sip]\ndomain = "it.example"\n', source="/etc/p.toml"))
    assert settings.get("sip.domain") == "it.example"
    assert settings.get("sip.username") == "1001"
    assert settings.is_locked("sip.domain")
    assert not settings.is_locked("sip.username")
    account = settings.account()
    assert (account.domain, account.username, account.transport) == (
        "it.example",
        "1001",
        Transport.UDP,
    )


def test_locked_settings_cannot_be_set(path: Path) -> None:
    settings = Settings(path, parse('[sip]\ndomain = "it.example"\n', source="/etc/p.toml"))
    with pytest.raises(ConfigError) as raised:
        settings.set("sip.domain", "mine.example")
    assert raised.value.key == "sip.domain"
    assert raised.value.source == "/etc/p.toml"
    assert "IT department" in str(raised.value)
    assert settings.get("sip.domain") == "it.example"


def test_invalid_values_are_refused_with_the_key(path: Path) -> None:
    settings = Settings(path)
    with pytest.raises(ConfigError, match=r"sip\.expires"):
        settings.set("sip.expires", 5)
    with pytest.raises(ConfigError, match="expected one of"):
        settings.set("sip.transport", "smoke-signals")
    with pytest.raises(KeyError):
        settings.set("sip.password", "x")


def test_update_is_all_or_nothing(path: Path) -> None:
    settings = Settings(path)
    with pytest.raises(ConfigError):
        settings.update({"sip.username": "1001", "sip.expires": -1})
    assert settings.get("sip.username") == ""
    settings.update({"sip.username": "1001", "sip.expires": 120})
    assert (settings.get("sip.username"), settings.get("sip.expires")) == ("1001", 120)


def test_listeners_hear_changes_once(path: Path) -> None:
    settings = Settings(path)
    heard: list[str] = []
    settings.on_change(heard.append)
    settings.set("calls.auto_answer", True)
    settings.set("calls.auto_answer", True)
    settings.update({"calls.auto_answer": True, "sip.username": "1001"})
    assert heard == ["calls.auto_answer", "sip.username"]


def test_save_and_load_round_trip(path: Path) -> None:
    settings = Settings(path)
    settings.set("sip.username", "1001")
    settings.set("audio.output", "Jabra Evolve 40 Stereo")
    settings.save()
    assert read_settings(path) == {
        "version": settings_module.SETTINGS_VERSION,
        "settings": {"audio.output": "Jabra Evolve 40 Stereo", "sip.username": "1001"},
    }
    again = Settings(path)
    assert again.get("audio.output") == "Jabra Evolve 40 Stereo"
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_bad_values_in_the_file_are_problems_and_the_rest_loads(path: Path) -> None:
    path.parent.mkdir()
    write_settings(path, {"sip.expires": "soon", "sip.username": "1001", "ui.theme": "dark"})
    settings = Settings(path)
    assert settings.get("sip.username") == "1001"
    assert settings.get("sip.expires") == 300
    [problem] = settings.problems
    assert (problem.source, problem.key) == (str(path), "sip.expires")


def test_a_password_found_in_the_file_is_dropped_for_good(path: Path) -> None:
    path.parent.mkdir()
    write_settings(path, {"sip.username": "1001", "sip.password": "hunter2"})
    settings = Settings(path)
    settings.save()
    assert "hunter2" not in path.read_text(encoding="utf-8")


def test_unknown_keys_survive_a_save(path: Path) -> None:
    """A newer version's settings are kept when an older version rewrites the file."""
    path.parent.mkdir()
    write_settings(path, {"sip.username": "1001", "future.option": [1, 2]}, version=7)
    settings = Settings(path)
    assert settings.problems == []
    settings.set("sip.username", "1002")
    settings.save()
    saved = read_settings(path)
    assert saved["version"] == 7
    assert saved["settings"] == {"sip.username": "1002", "future.option": [1, 2]}


@pytest.mark.parametrize(
    "content",
    ["{not json", '["a list"]', '{"version": 1}', '{"version": "1", "settings": {}}'],
)
def test_an_unreadable_file_is_set_aside_not_overwritten(path: Path, content: str) -> None:
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    settings = Settings(path)
    assert len(settings.problems) == 1
    assert "using defaults" in str(settings.problems[0])
    settings.set("sip.username", "1001")
    settings.save()
    [aside] = path.parent.glob("settings.json.broken-*")
    assert aside.read_text(encoding="utf-8") == content
    assert read_settings(path)["settings"] == {"sip.username": "1001"}


def test_full_disk_keeps_the_old_file_intact(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(path)
    settings.set("sip.username", "1001")
    settings.save()
    before = path.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(settings_module.os, "fsync", no_space)
    settings.set("sip.username", "2002")
    with pytest.raises(KnownError) as raised:
        settings.save()
    assert "No space left on device" in str(raised.value)
    assert str(path) in str(raised.value)
    assert path.read_bytes() == before
    assert list(path.parent.iterdir()) == [path]  # the temporary file was removed


def test_a_failing_write_keeps_the_old_file_intact(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(path)
    settings.set("sip.username", "1001")
    settings.save()
    before = path.read_bytes()
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fd: int, mode: str) -> None:
            self._handle = real_fdopen(fd, mode)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()

        def write(self, data: bytes) -> int:
            self._handle.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(settings_module.os, "fdopen", FullDisk)
    settings.set("sip.username", "2002")
    with pytest.raises(KnownError, match="No space left"):
        settings.save()
    assert path.read_bytes() == before
    assert list(path.parent.iterdir()) == [path]


def test_an_unwritable_directory_is_a_known_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    settings = Settings(blocker / "settings.json")
    settings.set("sip.username", "1001")
    with pytest.raises(KnownError, match="Could not save settings"):
        settings.save()


def test_upgrade_path_renames_keys_and_writes_the_new_version(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path.parent.mkdir()
    write_settings(path, {"calls.autoanswer": True, "sip.user": "1001"}, version=1)
    monkeypatch.setattr(settings_module, "SETTINGS_VERSION", 3)
    monkeypatch.setattr(
        settings_module,
        "_UPGRADES",
        {
            1: rename_key("calls.autoanswer", "calls.auto_answer"),
            2: rename_key("sip.user", "sip.username"),
        },
    )
    settings = Settings(path)
    assert settings.problems == []
    assert settings.get("calls.auto_answer") is True
    assert settings.get("sip.username") == "1001"
    settings.save()
    assert read_settings(path) == {
        "version": 3,
        "settings": {"calls.auto_answer": True, "sip.username": "1001"},
    }


def test_rename_does_not_overwrite_a_value_already_under_the_new_key() -> None:
    upgrade = rename_key("old", "new")
    assert upgrade({"old": 1, "new": 2}) == {"new": 2}


def test_a_missing_upgrade_step_is_our_bug(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path.parent.mkdir()
    write_settings(path, {}, version=1)
    monkeypatch.setattr(settings_module, "SETTINGS_VERSION", 2)
    monkeypatch.setattr(settings_module, "_UPGRADES", {})
    with pytest.raises(BugError):
        Settings(path)


def test_every_declared_upgrade_step_exists() -> None:
    assert sorted(settings_module._UPGRADES) == list(range(1, settings_module.SETTINGS_VERSION))


def test_engine_options_follow_settings(path: Path) -> None:
    settings = Settings(path, parse('[sip]\nbind_address = "127.0.0.1"\n', source="p"))
    settings.set("calls.auto_answer", True)
    options = settings.engine_options(log_dir="/logs", sip_trace=True)
    assert options.auto_answer is True
    assert options.bind_address == "127.0.0.1"
    assert options.log_dir == "/logs"
    assert options.sip_trace is True


def test_audio_processing_settings_reach_the_audio_prefs(path: Path) -> None:
    settings = Settings(path)
    assert settings.audio() == AudioPrefs()  # the declared defaults are the engine's defaults
    settings.update(
        {
            "audio.ring_on_headset_too": True,
            "audio.echo_cancellation": "OFF",
            "audio.noise_suppression": False,
        }
    )
    settings.save()
    prefs = Settings(path).audio()
    assert (prefs.ring_on_headset_too, prefs.echo_cancellation, prefs.noise_suppression) == (
        True,
        "off",
        False,
    )


def test_it_can_provision_and_lock_audio_processing(path: Path) -> None:
    toml = '[audio]\necho_cancellation = "on"\nnoise_suppression = false\n'
    settings = Settings(path, parse(toml, source="/etc/p.toml"))
    assert settings.provisioning.problems == []
    assert settings.is_locked("audio.echo_cancellation")
    assert settings.is_locked("audio.noise_suppression")
    assert not settings.is_locked("audio.ring_on_headset_too")
    assert settings.audio().echo_cancellation == "on"
    assert settings.audio().noise_suppression is False
    with pytest.raises(ConfigError, match="IT department"):
        settings.set("audio.echo_cancellation", "off")
    refused = Settings(path, parse('[audio]\necho_cancellation = "maybe"\n', source="p"))
    assert [p.key for p in refused.problems] == ["audio.echo_cancellation"]
