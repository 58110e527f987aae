"""What keeps the app's idle RSS down (README › Architecture › Memory) stays in place."""

from __future__ import annotations

import linecache
import os
import subprocess
import sys
from pathlib import Path

from softphone.app.gui import forgetting_module_sources

REPO = Path(__file__).resolve().parents[2]


def test_the_features_do_not_import_the_sync_client_without_a_server() -> None:
    code = (
        "import sys\n"
        "import softphone.app.features\n"
        "print(sorted(m for m in ('httpx', 'pydantic', 'softphone.sync') if m in sys.modules))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    assert out.stdout.strip() == "[]"


def test_module_sources_are_dropped_at_each_import_then_the_finder_is_gone(
    tmp_path: Path,
) -> None:
    module = tmp_path / "memory_probe_module.py"
    module.write_text("VALUE = 1\n", "utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        with forgetting_module_sources():
            assert linecache.getline(__file__, 1)  # cached now
            assert __file__ in linecache.cache
            import memory_probe_module  # type: ignore[import-not-found]  # noqa: F401

            assert __file__ not in linecache.cache
            linecache.getline(__file__, 1)
        assert __file__ not in linecache.cache, "dropped on the way out too"
        assert all(getattr(f, "__name__", "") != "_ForgetModuleSources" for f in sys.meta_path)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("memory_probe_module", None)
