"""A pseudo-translation: proves the texts of chosen contexts go through Qt's catalogues."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

PseudoTranslation = Callable[..., None]


class BracketTranslator(QTranslator):
    """Translates every text of its contexts to ``[text]``; leaves the others alone."""

    def __init__(self, contexts: frozenset[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del disambiguation, n
        return f"[{source}]" if context in self.contexts else None  # None: not translated

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_translation(qapp: QApplication) -> Iterator[PseudoTranslation]:
    """Call it with contexts: their texts are shown as ``[text]`` until the test ends."""
    installed: list[QTranslator] = []

    def install(*contexts: str) -> None:
        translator = BracketTranslator(frozenset(contexts))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
