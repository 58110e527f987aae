"""The `softphone` command line: dispatch, argument handling, and a --version that stays light."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

import softphone
from softphone.app import cli
from softphone.app.paths import ENV_HOME, AppPaths


def test_version_prints_ours_without_loading_qt_pjsua2_or_keyring() -> None:
    probe = (
        "import sys\n"
        "from softphone.app.cli import main\n"
        "code = main(['--version'])\n"
        "top = {m.split('.')[0] for m in sys.modules}\n"
        "heavy = sorted(top & {'PySide6', 'pjsua2', 'keyring'})\n"
        "print(code, heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.splitlines() == [f"softphone {softphone.__version__}", "0 []"]


def test_python_dash_m_softphone_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "softphone", "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout == f"softphone {softphone.__version__}\n"


@pytest.mark.parametrize(
    ("argv", "head", "demo"),
    [
        ([], [], None),
        (["--self-test"], ["--self-test"], None),
        (["demo"], [], []),
        (["demo", "--help"], [], ["--help"]),
        (["--log-level", "debug", "demo", "-v", "x"], ["--log-level", "debug"], ["-v", "x"]),
        (["--provisioning", "demo"], ["--provisioning", "demo"], None),  # a file named demo
    ],
)
def test_split_command(argv: list[str], head: list[str], demo: list[str] | None) -> None:
    assert cli.split_command(argv) == (head, demo)


def test_demo_gets_its_own_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    import softphone.demo

    seen: list[Sequence[str]] = []

    def fake_run(argv: Sequence[str]) -> int:
        seen.append(argv)
        return 3

    monkeypatch.setattr(softphone.demo, "run", fake_run)
    assert cli.main(["demo", "--scenario", "abusive", "--help"]) == 3
    assert seen == [["--scenario", "abusive", "--help"]]


def test_self_test_dispatch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from softphone.app import selftest

    seen: list[cli.Options] = []

    def fake_run(options: cli.Options) -> int:
        seen.append(options)
        return 1

    monkeypatch.setattr(selftest, "run", fake_run)
    code = cli.main(["--self-test", "--provisioning", str(tmp_path / "p.toml"), "--timeout", "3"])
    assert code == 1
    assert seen == [cli.Options(provisioning=tmp_path / "p.toml", log_level="info", timeout=3.0)]


def test_gui_dispatch(monkeypatch: pytest.MonkeyPatch) -> None:
    from softphone.app import gui

    seen: list[cli.Options] = []

    def fake_run(options: cli.Options) -> int:
        seen.append(options)
        return 0

    monkeypatch.setattr(gui, "run", fake_run)
    assert cli.main(["--sip-trace", "--log-level", "debug"]) == 0
    assert seen == [cli.Options(log_level="debug", sip_trace=True)]


@pytest.mark.parametrize(
    "argv",
    [
        ["--timeout", "0", "--self-test"],
        ["--log-level", "loud"],
        ["bogus"],
        ["--self-test", "demo"],
    ],
)
def test_bad_arguments_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.main(argv)
    assert raised.value.code == 2
    assert "softphone: error:" in capsys.readouterr().err


def test_help_mentions_every_documented_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = capsys.readouterr().out
    for word in ("demo", "--self-test", "--version", "--provisioning", "--sip-trace"):
        assert word in text


def test_softphone_home_puts_everything_under_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_HOME, str(tmp_path))
    paths = AppPaths.detect()
    assert paths == AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log")
    assert paths.settings_file == tmp_path / "config" / "settings.json"
    paths.create()
    assert all(d.is_dir() for d in (paths.config_dir, paths.data_dir, paths.log_dir))


def test_platform_directories_without_softphone_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_HOME, raising=False)
    paths = AppPaths.detect()
    for directory in (paths.config_dir, paths.data_dir, paths.log_dir):
        assert "softphone" in directory.parts
