"""A pseudo-translation: proves the texts of chosen contexts go through Qt's catalogues."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack

import pytest
from PySide6.QtWidgets import QApplication

from tests.catalogues import marked

PseudoTranslation = Callable[..., None]


@pytest.fixture
def pseudo_translation(qapp: QApplication) -> Iterator[PseudoTranslation]:
    """Call it with contexts: their texts are shown as ``[text]`` until the test ends."""
    with ExitStack() as stack:
        yield lambda *contexts: stack.enter_context(marked(*contexts, marks=("[", "]")))
