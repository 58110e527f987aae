"""Scenarios as data: the steps of a script, their texts and prompt files per language."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from softphone.core.errors import ConfigError


@dataclass(frozen=True)
class Step:
    id: str
    kind: str  # "warning" (play, keep the call) or "farewell" (play, then hang up)
    title: str
    texts: dict[str, str] = field(default_factory=dict)  # language -> what is said
    prompts: dict[str, Path] = field(default_factory=dict)  # language -> WAV

    def text(self, language: str, fallback: str = "en") -> str:
        return (
            self.texts.get(language)
            or self.texts.get(fallback)
            or next(iter(self.texts.values()), "")
        )


@dataclass(frozen=True)
class PromptChoice:
    language: str
    path: Path
    fallback: bool  # not the caller's language


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    steps: tuple[Step, ...]
    max_prompt_seconds: float = 20.0
    pad_after_ms: int = 500
    source: str = ""

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    @property
    def farewell(self) -> Step:
        for step in self.steps:
            if step.kind == "farewell":
                return step
        raise KeyError("farewell")

    @property
    def warnings(self) -> tuple[Step, ...]:
        return tuple(step for step in self.steps if step.kind == "warning")


def choose_prompt(step: Step, language: str, default_language: str) -> PromptChoice | None:
    """The caller's language first, then the configured default, then any existing file.

    Only files that exist count: a missing recording falls through to the next choice,
    and None means no prompt at all (the flow then hangs up at once).
    """
    order = [language, default_language, *sorted(step.prompts)]
    seen: set[str] = set()
    for lang in order:
        if not lang or lang in seen:
            continue
        seen.add(lang)
        path = step.prompts.get(lang)
        if path is not None and path.is_file():
            return PromptChoice(lang, path, fallback=lang != language)
    return None


def load_scenario(path: Path) -> Scenario:
    """Read a scenario TOML; raises ConfigError naming the file and the problem."""
    source = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the scenario ({exc})", source=source) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc})", source=source) from exc
    base = path.resolve().parent.parent  # prompt paths are relative to resources/
    steps: list[Step] = []
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise ConfigError("no [[steps]] defined", source=source)
    for number, raw in enumerate(raw_steps, start=1):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise ConfigError(f"step {number} has no id", source=source)
        kind = raw.get("kind", "warning")
        if kind not in ("warning", "farewell"):
            raise ConfigError(f"step {raw['id']}: kind must be warning or farewell", source=source)
        prompts = {
            str(lang): (Path(rel) if Path(rel).is_absolute() else base / rel)
            for lang, rel in dict(raw.get("prompt", {})).items()
            if isinstance(rel, str)
        }
        texts = {str(k): str(v) for k, v in dict(raw.get("text", {})).items()}
        steps.append(Step(raw["id"], kind, str(raw.get("title", raw["id"])), texts, prompts))
    scenario = Scenario(
        id=str(data.get("id", path.stem)),
        title=str(data.get("title", path.stem)),
        steps=tuple(steps),
        max_prompt_seconds=float(data.get("max_prompt_seconds", 20.0)),
        pad_after_ms=int(data.get("pad_after_ms", 500)),
        source=source,
    )
    try:
        scenario.farewell  # noqa: B018 - validate presence
    except KeyError:
        raise ConfigError("the scenario has no step of kind 'farewell'", source=source) from None
    return scenario
