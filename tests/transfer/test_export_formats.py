"""Exports show each entry in its own format and in date order."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_blog.storage import EntryRepository
from desktop_blog.transfer.exporters import export_html_site, export_markdown
from desktop_blog.transfer.journal_data import read_journal

MARKDOWN = "# Plan\n\n**bold** and *soft*\n"


def journal(repository: EntryRepository) -> None:
    repository.add("Written today", "<p>today</p>")
    repository.add(
        "Imported August",
        MARKDOWN,
        body_format="markdown",
        created=datetime(2025, 8, 1, 9, tzinfo=UTC),
        starred=True,
    )


def test_html_site_renders_markdown_and_lists_by_date(
    repository: EntryRepository, tmp_path: Path
) -> None:
    journal(repository)
    export_html_site(repository._conn, tmp_path / "site")
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert index.index("Written today") < index.index("Imported August")
    assert "**" not in index
    page = (tmp_path / "site" / "entry-0002.html").read_text(encoding="utf-8")
    assert "<h1>Plan</h1>" in page
    assert "<strong>bold</strong>" in page
    assert "**bold**" not in page
    assert "★" in page


def test_markdown_export_keeps_markdown_bodies(repository: EntryRepository, tmp_path: Path) -> None:
    journal(repository)
    export_markdown(repository._conn, tmp_path / "md")
    files = sorted((tmp_path / "md").iterdir())
    august = next(f for f in files if "imported-august" in f.name)
    text = august.read_text(encoding="utf-8")
    assert text.endswith("---\n" + MARKDOWN)
    assert "format: markdown" in text
    assert "starred: true" in text


def test_pdf_document_renders_markdown(qtbot: QtBot, repository: EntryRepository) -> None:
    from desktop_blog.transfer.pdf_export import journal_document

    journal(repository)
    doc = journal_document(read_journal(repository._conn))
    text = doc.toPlainText()
    assert "Plan" in text
    assert "bold and soft" in text
    assert "**" not in text
    assert "# Plan" not in text
