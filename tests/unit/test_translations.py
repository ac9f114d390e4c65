"""The translations stay complete: every message in the sources is translated, placeholders and accelerators
survive translation, the .ts compiles, and every translation call is one lupdate can read."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402

pytestmark = pytest.mark.unit

LANGUAGES = sorted(p.stem.removeprefix("virtdesk_") for p in update_translations.TRANSLATIONS.glob("virtdesk_*.ts"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\d+|n)")
ACCELERATOR = re.compile(r"&(?!&)(\w)")
MODULE_HELPERS = {"tr", *update_translations.MODULE_HELPERS}  # module functions whose texts lupdate files under ""
TRANSLATION_CALLS = {"translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", *MODULE_HELPERS}


def messages(ts: Path) -> list[tuple[str, str, etree._Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    return [(context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
            for context in etree.parse(str(ts)).iter("context") for message in context.iter("message")]


def translated_text(translation: etree._Element) -> str:
    """The translation's text; for a plural message (numerus="yes") its first form, the one for n = 1 (Japanese has
    only one)."""
    form = translation.find("numerusform")
    return (form.text if form is not None else translation.text) or ""


def described(context: str, source: str) -> str:
    return f"{context or '<empty context>'}: {source!r}"


def test_there_is_a_translation() -> None:
    assert "ja" in LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_in_the_sources_is_translated(language: str, tmp_path: Path) -> None:
    ts = tmp_path / f"virtdesk_{language}.ts"
    shutil.copy(update_translations.ts_file(language), ts)
    update_translations.update(ts, language)
    untranslated = [described(context, source) for context, source, translation in messages(ts)
                    if translation.get("type") == "unfinished" or not (translation.text or len(translation))]
    assert not untranslated, (
        f"{len(untranslated)} message(s) without a {language} translation; run scripts/update_translations.py, "
        f"translate them in resources/translations/virtdesk_{language}.ts and drop type=\"unfinished\":\n"
        + "\n".join(untranslated))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    wrong = []
    for context, source, translation in messages(update_translations.ts_file(language)):
        text = translated_text(translation)
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            wrong.append(f"{described(context, source)} -> {text!r}: placeholders differ")
        if bool(ACCELERATOR.search(source)) != (len(ACCELERATOR.findall(text)) == 1):
            wrong.append(f"{described(context, source)} -> {text!r}: keyboard accelerator lost or doubled")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_compiles_and_gives_every_message(language: str, tmp_path: Path) -> None:
    ts, qm = update_translations.ts_file(language), tmp_path / f"virtdesk_{language}.qm"
    done = subprocess.run([update_translations.lrelease(), str(ts), "-qm", str(qm)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "error" not in (done.stdout + done.stderr).lower(), done.stdout + done.stderr
    translator = QTranslator()
    assert translator.load(str(qm))
    lost = [described(context, source) for context, source, translation in messages(ts)
            if translator.translate(context, source, None, 1) != translated_text(translation)]
    assert not lost, "compiled without these translations:\n" + "\n".join(lost)


def _calls_lupdate_cannot_read(path: Path) -> list[str]:
    """Translation calls whose message lupdate misses or files under a context the program never asks for."""
    tree = ast.parse(path.read_text(), str(path))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def inside(node: ast.AST, kind: type) -> bool:
        while node in parents:
            node = parents[node]
            if isinstance(node, kind):
                return True
        return False

    found = [f"{path.relative_to(ROOT)}:{node.lineno}: {node.name}() translates in the context "
             f"{ast.unparse(context)}, but lupdate files the texts given to it under the empty context"
             for node in tree.body if isinstance(node, ast.FunctionDef) and node.name in MODULE_HELPERS
             for call in ast.walk(node) if isinstance(call, ast.Call) and call.args
             and getattr(call.func, "attr", getattr(call.func, "id", "")) in ("translate", "QT_TRANSLATE_NOOP")
             for context in call.args[:1] if not (isinstance(context, ast.Constant) and context.value == "")]
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in TRANSLATION_CALLS:
            continue
        receiver = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
        text = node.args[1] if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) > 1 else node.args[0]
        problem = ""
        if isinstance(text, ast.JoinedStr):
            problem = "an f-string is looked up after formatting: translate the literal, then .format() it"
        elif inside(node, ast.JoinedStr):
            problem = "lupdate does not read inside f-strings: translate outside, then .format() it"
        elif name == "tr" and receiver not in ("", "self"):
            problem = f"lupdate files {receiver}.tr() under the context {receiver!r}: use self.tr() in the " \
                      "class or QCoreApplication.translate(\"Context\", ...)"
        elif name == "tr" and receiver == "self" and not inside(node, ast.ClassDef):
            problem = "self.tr() outside a class: lupdate files it under the empty context"
        elif name in ("translate", "QT_TRANSLATE_NOOP") and isinstance(text, ast.Constant) \
                and not isinstance(node.args[0], ast.Constant):
            problem = "the context must be a string literal for lupdate"
        if problem:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:80]}: {problem}")
    return found


def test_every_translation_call_is_one_lupdate_reads() -> None:
    found = [line for path in update_translations.sources() if path.suffix == ".py"
             for line in _calls_lupdate_cannot_read(path)]
    assert not found, "\n".join(found)
