"""Regenerate the synthetic prompt WAVs from the scenario texts with espeak-ng and sox.

Usage: python resources/prompts/generate_prompts.py [scenario.toml ...]
Writes 16 kHz, 16-bit, mono WAVs next to this script (prompts/<lang>/<step>.wav).
Deterministic for a given espeak-ng/sox version; the WAVs are committed so the app needs
no speech engine at run time. Real recordings may replace them with the same names.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESOURCES = HERE.parent
VOICES = {"en": "en-gb", "it": "it", "de": "de", "ru": "ru", "zh": "cmn"}
RATE = 16000


def synthesise(text: str, voice: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(raw), text], check=True)
        # Normalise to -3 dBFS, resample, mono 16-bit; strip leading/trailing silence.
        subprocess.run(
            ["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(target),
             "silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%", "reverse",
             "gain", "-n", "-3"],
            check=True,
        )


def main(argv: list[str]) -> int:
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            print(f"{tool} is needed: apt-get install espeak-ng sox", file=sys.stderr)
            return 2
    scenarios = [Path(a) for a in argv] or sorted((RESOURCES / "scenarios").glob("*.toml"))
    for scenario in scenarios:
        data = tomllib.loads(scenario.read_text(encoding="utf-8"))
        for step in data.get("steps", []):
            for lang, text in step.get("text", {}).items():
                rel = step.get("prompt", {}).get(lang)
                if not rel or lang not in VOICES:
                    continue
                target = RESOURCES / rel
                synthesise(text, VOICES[lang], target)
                print(f"{target.relative_to(RESOURCES)}: {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
