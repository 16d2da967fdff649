"""The shipped catalogues: complete, up to date with the code, faithful to their sources."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
import translations

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%\d+|</?[a-z][a-z0-9]*\b[^>]*>")
_MNEMONIC = re.compile(r"&(?!&|[A-Za-z]+;|#\d+;)(?=\S)")


def messages(language: str) -> Iterator[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message of ``language``'s catalogue."""
    tree = ET.parse(translations.ts_path(language))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.findall("numerusform")]
            yield name, message.findtext("source") or "", forms or [translation.text or ""]


def test_every_shipped_catalogue_is_complete_and_follows_the_code() -> None:
    problems = translations.check()
    assert problems == [], "\n".join(str(problem) for problem in problems)


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_every_placeholder_and_one_mnemonic(language: str) -> None:
    wrong = []
    for context, source, forms in messages(language):
        wanted = sorted(set(_PLACEHOLDER.findall(source)) - {"%n", "%Ln"})
        for form in forms:
            found = sorted(set(_PLACEHOLDER.findall(form)) - {"%n", "%Ln"})
            mnemonics = (len(_MNEMONIC.findall(source)), len(_MNEMONIC.findall(form)))
            if found != wanted or mnemonics[0] != mnemonics[1]:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert wrong == []
