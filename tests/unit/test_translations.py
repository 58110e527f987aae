"""The shipped UI translations (resources/i18n/softphone_<lang>.ts/.qm) are complete and sound.

A new self.tr()/QCoreApplication.translate() string fails here until someone runs
.ci/update_translations.py and translates it in all four languages.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("it", "de", "ru", "zh")
PLURAL_FORMS = {"it": 2, "de": 2, "ru": 3, "zh": 1}

# Loanwords and names that are right as they are in the source.
SAME_AS_SOURCE = {
    "it": {"&Account…", "&Registrar:", "&Test audio…", "Account", "Codec {0}", "N&o"}
    | {"Pass&word:", "Password", "Test audio"},
    "de": {"&Registrar:", "&Transport:", "Codec {0}", "Engine {0} · {1}", "Headset:"}
    | {"Headset: {0}", "Information", "Offline", "Problem", "Segment: {0}"},
    "ru": set(),
    "zh": set(),
}
ALWAYS_SAME = {"Softphone", "Softphone {0}", "☎ {0} — Softphone"}

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
MNEMONIC = re.compile(r"&(?!&)(.)")
HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
ZH_MNEMONIC = re.compile(r"\(&[A-Z0-9]\)(…|：|:)?$")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished
    texts: tuple[str, ...]  # the translation, or its plural forms

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message without <translation>"
            forms = [form.text or "" for form in translation.findall("numerusform")]
            numerus = message.get("numerus") == "yes"
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    kind=translation.get("type", ""),
                    texts=tuple(forms) if numerus else (translation.text or "",),
                )
            )
    return messages


@pytest.fixture(scope="module", params=LANGUAGES)
def shipped(request: pytest.FixtureRequest) -> tuple[str, list[Message]]:
    language = request.param
    return language, read_ts(I18N / f"softphone_{language}.ts")


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text))


def test_every_message_is_translated(shipped: tuple[str, list[Message]]) -> None:
    language, messages = shipped
    assert len(messages) > 400
    unfinished = [str(m) for m in messages if m.kind == "unfinished"]
    assert unfinished == [], f"{language}: translate these (then run .ci/update_translations.py)"
    stale = [str(m) for m in messages if m.kind in ("vanished", "obsolete")]
    assert stale == [], f"{language}: run .ci/update_translations.py (lupdate -no-obsolete)"
    empty = [str(m) for m in messages if not all(text.strip() for text in m.texts)]
    assert empty == []


def test_no_english_left_as_a_translation(shipped: tuple[str, list[Message]]) -> None:
    language, messages = shipped
    allowed = SAME_AS_SOURCE[language] | ALWAYS_SAME
    copied = [str(m) for m in messages if m.source in m.texts and m.source not in allowed]
    assert copied == []


def test_every_string_has_a_named_context(shipped: tuple[str, list[Message]]) -> None:
    """An empty context means lupdate misread a call (e.g. tr = QCoreApplication.translate)."""
    _, messages = shipped
    assert [str(m) for m in messages if not m.context] == []


def test_placeholders_survive(shipped: tuple[str, list[Message]]) -> None:
    language, messages = shipped
    wrong = [
        f"{m}: {text!r}"
        for m in messages
        for text in m.texts
        if placeholders(text) != placeholders(m.source)
    ]
    assert wrong == [], language


def test_one_mnemonic_where_the_source_has_one(shipped: tuple[str, list[Message]]) -> None:
    language, messages = shipped
    wrong = [
        f"{m}: {text!r}"
        for m in messages
        for text in m.texts
        if mnemonics(text) != mnemonics(m.source)
    ]
    assert wrong == [], language


def test_chinese_mnemonics_follow_the_text() -> None:
    messages = read_ts(I18N / "softphone_zh.ts")
    wrong = [
        f"{m}: {m.texts[0]!r}"
        for m in messages
        if mnemonics(m.source) and not ZH_MNEMONIC.search(m.texts[0])
    ]
    assert wrong == [], "Chinese mnemonics are written 文字(&X)"


def test_ellipsis_and_html_are_kept(shipped: tuple[str, list[Message]]) -> None:
    language, messages = shipped
    wrong = []
    for m in messages:
        for text in m.texts:
            if m.source.endswith("…") and not text.endswith("…"):
                wrong.append(f"{m}: {text!r} lost the ellipsis")
            if sorted(HTML_TAG.findall(text)) != sorted(HTML_TAG.findall(m.source)):
                wrong.append(f"{m}: {text!r} changed the HTML")
    assert wrong == [], language


def test_plural_forms(shipped: tuple[str, list[Message]]) -> None:
    language, messages = shipped
    plural = [m for m in messages if m.numerus]
    assert plural, "the %n strings lost their numerus flag"
    wrong = [f"{m}: {m.texts}" for m in plural if len(m.texts) != PLURAL_FORMS[language]]
    assert wrong == [], language


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    """The .qm the app loads holds every translation (lrelease was run after the last edit)."""
    messages = read_ts(I18N / f"softphone_{language}.ts")
    translator = QTranslator()
    assert translator.load(str(I18N / f"softphone_{language}.qm"))
    missing = [
        str(m)
        for m in messages
        if translator.translate(m.context, m.source, m.comment or None, 1 if m.numerus else -1)
        == ""
    ]
    assert missing == [], f"{language}: run .ci/update_translations.py to rebuild the .qm"
    if m := next((m for m in messages if m.numerus), None):
        forms = {translator.translate(m.context, m.source, None, n) for n in (1, 2, 5)}
        assert len(forms) == len(set(m.texts))


def _update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / ".ci" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ts_files_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """lupdate on a copy finds no new, changed or removed strings (it takes well under 1 s)."""
    script = _update_script()
    try:
        script.tool("pyside6-lupdate")
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed")
    shutil.copytree(
        ROOT / "softphone", tmp_path / "softphone", ignore=shutil.ignore_patterns("*.pyc")
    )
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    for language in LANGUAGES:
        shutil.copy(I18N / f"softphone_{language}.ts", tmp_path / "resources" / "i18n")
    script.lupdate(tmp_path, quiet=True)
    for language in LANGUAGES:
        before = read_ts(I18N / f"softphone_{language}.ts")
        after = read_ts(tmp_path / "resources" / "i18n" / f"softphone_{language}.ts")
        assert {str(m) for m in after} == {str(m) for m in before}, (
            f"{language}: strings changed in softphone/: run .ci/update_translations.py"
        )
        assert after == before
