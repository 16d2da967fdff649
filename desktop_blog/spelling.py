"""Spell checking through pyenchant (hunspell dictionaries), with a personal word list (no Qt).

pyenchant is imported only when a checker is asked for, so start-up never pays for it. When
the library, its C library or the language's dictionary is missing, :func:`load_checker`
returns no checker and a one-line reason: the editor then works without spell checking.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_blog.i18n import translate

logger = logging.getLogger(__name__)

PERSONAL_WORDS = "personal-words.txt"
MAX_SUGGESTIONS = 7
# Words: letters with inner apostrophes; #tags, web and mail addresses are skipped.
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_SKIPPED = re.compile(r"#[\w-]+|\S+://\S+|\S+@\S+\.\S+|\bwww\.\S+")


@dataclass(frozen=True)
class Availability:
    """The dictionaries that can be used, or why spell checking is off."""

    languages: tuple[str, ...]
    reason: str = ""


def _enchant() -> Any:
    import enchant  # type: ignore[import-untyped]  # ImportError without pyenchant or libenchant

    return enchant


def available() -> Availability:
    """The installed dictionaries' languages, or the reason there are none."""
    try:
        broker = _enchant().Broker()
        languages = tuple(sorted(broker.list_languages()))
    except (ImportError, OSError) as exc:
        logger.info("spell checking unavailable: %s", exc)
        return Availability(
            (),
            translate("Spelling", "Spell checking is off: the enchant library is not installed."),
        )
    if not languages:
        return Availability(
            (), translate("Spelling", "Spell checking is off: no dictionary is installed.")
        )
    return Availability(languages)


class SpellChecker:
    """Checks words against one language's dictionary and the personal word list."""

    def __init__(self, dictionary: Any, personal: Path) -> None:
        self._dictionary = dictionary
        self._personal = personal
        self._own = set(_read_words(personal))

    @property
    def language(self) -> str:
        return str(self._dictionary.tag)

    def check(self, word: str) -> bool:
        return word in self._own or bool(self._dictionary.check(word))

    def suggest(self, word: str) -> list[str]:
        return [str(s) for s in self._dictionary.suggest(word)][:MAX_SUGGESTIONS]

    def add(self, word: str) -> None:
        """Add ``word`` to the personal word list (an owner-only file in the data folder)."""
        if word in self._own:
            return
        self._own.add(word)
        self._personal.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(self._personal, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.fchmod(descriptor, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
            handle.write(word + "\n")

    def misspelt(self, text: str) -> Iterator[tuple[int, int]]:
        """``(start, length)`` of each misspelt word of ``text``."""
        skipped = [match.span() for match in _SKIPPED.finditer(text)]
        for match in _WORD.finditer(text):
            start, end = match.span()
            if any(a <= start < b for a, b in skipped):
                continue
            if not self.check(match.group()):
                yield start, end - start


def _read_words(path: Path) -> list[str]:
    try:
        return [w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip()]
    except (OSError, UnicodeDecodeError):
        return []


def load_checker(language: str, personal: Path) -> tuple[SpellChecker | None, str]:
    """A checker for ``language`` (``""``: off), or ``None`` and why there is none."""
    if not language:
        return None, ""
    found = available()
    if found.reason:
        return None, found.reason
    enchant = _enchant()
    try:
        dictionary = enchant.Broker().request_dict(language)
    except (enchant.errors.Error, ValueError) as exc:  # no such dictionary, a bad tag
        logger.info("no dictionary for %s: %s", language, exc)
        return None, translate(
            "Spelling", "Spell checking is off: no dictionary for “{language}” is installed."
        ).format(language=language)
    return SpellChecker(dictionary, personal), ""
