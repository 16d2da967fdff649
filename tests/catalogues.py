"""Translations for tests: small catalogues compiled here, and a translator that marks text.

``english_plurals`` compiles an English catalogue with the singular forms of the counts
("Exported 1 entry"), as the shipped English catalogue supplies them, and installs it for
the window and the command line (which installs its language again from the same folder).
``MarkerTranslator`` wraps the texts of chosen contexts in «…», to see that they went
through the catalogues.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import translations
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop_blog import i18n

# (context, the English source in the plural, its singular) of the counts in the CLI and app.
ENGLISH_PLURALS: tuple[tuple[str, str, str], ...] = (
    ("Cli", "Exported %Ln entries to {path}", "Exported %Ln entry to {path}"),
    (
        "Cli",
        "Exported %Ln entries to {path} (encrypted with the passphrase)",
        "Exported %Ln entry to {path} (encrypted with the passphrase)",
    ),
    (
        "Cli",
        "The newest verified backup is {path} ({made}, %Ln entries).",
        "The newest verified backup is {path} ({made}, %Ln entry).",
    ),
    ("TransferController", "Exported %Ln entries to {path}", "Exported %Ln entry to {path}"),
    (
        "RescueController",
        "Restored the backup of {date} (%Ln entries). The damaged journal was kept as {aside}.",
        "Restored the backup of {date} (%Ln entry). The damaged journal was kept as {aside}.",
    ),
    (
        "JournalUpgrade",
        "Encrypted the journal (%Ln entries); the plain file was removed.",
        "Encrypted the journal (%Ln entry); the plain file was removed.",
    ),
    ("JournalUpgrade", "Deleted %n plain backups.", "Deleted %n plain backup."),
    (
        "JournalUpgrade",
        "{failed} of %n backups could not be encrypted.",
        "{failed} of %n backup could not be encrypted.",
    ),
    ("JournalUpgrade", "Encrypted %n backups made earlier.", "Encrypted %n backup made earlier."),
    (
        "JournalUpgrade",
        "%n backups made earlier are still plain (not encrypted).",
        "%n backup made earlier is still plain (not encrypted).",
    ),
)


def compile_catalogue(
    folder: Path, language: str, messages: Iterable[tuple[str, str, tuple[str, ...] | str]]
) -> Path:
    """``folder/desktop_blog_<language>.qm`` holding ``messages``.

    Each message is (context, source, translation); a tuple of translations is a plural's
    forms (English: the singular, then the plural).
    """
    folder.mkdir(parents=True, exist_ok=True)
    contexts: dict[str, list[str]] = {}
    for context, source, translation in messages:
        if isinstance(translation, tuple):
            forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in translation)
            xml = f'<message numerus="yes"><source>{escape(source)}</source>'
            xml += f"<translation>{forms}</translation></message>"
        else:
            xml = f"<message><source>{escape(source)}</source>"
            xml += f"<translation>{escape(translation)}</translation></message>"
        contexts.setdefault(context, []).append(xml)
    body = "".join(
        f"<context><name>{escape(name)}</name>{''.join(items)}</context>"
        for name, items in contexts.items()
    )
    ts = folder / f"{i18n.CATALOGUE}_{language}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}" sourcelanguage="en">{body}</TS>\n',
        encoding="utf-8",
    )
    qm = ts.with_suffix(".qm")
    translations.run_tool("lrelease", [str(ts), "-qm", str(qm)])
    return qm


@contextmanager
def catalogues_from(folder: Path, language: str = "en_US") -> Iterator[None]:
    """Install ``language`` with the catalogues of ``folder``; back to US English after."""
    real = i18n.translations_dir
    i18n.translations_dir = lambda: folder  # type: ignore[assignment]
    try:
        i18n.install(language)
        yield
    finally:
        i18n.translations_dir = real  # type: ignore[assignment]
        i18n.install("en_US")
        QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def english_plurals(
    qapp: QCoreApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """The English singular forms of the counts, for the window and the command line."""
    del qapp  # the window's translators are installed in the running application
    folder = tmp_path_factory.mktemp("translations")
    compile_catalogue(folder, "en", [(c, p, (s, p)) for c, p, s in ENGLISH_PLURALS])
    with catalogues_from(folder):
        yield folder


class MarkerTranslator(QTranslator):
    """Wraps the texts of ``contexts`` in ``marks`` (others are left to the next catalogue)."""

    def __init__(self, *contexts: str, marks: tuple[str, str] = ("«", "»")) -> None:
        super().__init__()
        self.contexts = frozenset(contexts)
        self.marks = marks

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del disambiguation, n
        left, right = self.marks
        return f"{left}{source}{right}" if context in self.contexts else None  # None: not ours

    def isEmpty(self) -> bool:
        return False


@contextmanager
def marked(*contexts: str, marks: tuple[str, str] = ("«", "»")) -> Iterator[MarkerTranslator]:
    """The texts of ``contexts`` come out marked, with or without a running application."""
    translator = MarkerTranslator(*contexts, marks=marks)
    i18n._translators.append(translator)
    if QCoreApplication.instance() is not None:
        QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        if translator in i18n._translators:
            i18n._translators.remove(translator)
        QCoreApplication.removeTranslator(translator)
