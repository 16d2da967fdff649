from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter
from pytestqt.qtbot import QtBot

from desktop_blog.storage import EntryRepository
from desktop_blog.storage.images import ImageStore
from desktop_blog.storage.progress import Cancelled
from desktop_blog.transfer.journal_data import read_journal
from desktop_blog.transfer.pdf_export import (
    MAX_IMAGE_WIDTH,
    JournalDocument,
    export_pdf,
    journal_document,
)
from tests.storage.images_data import png_bytes


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def test_whole_journal_one_entry_per_page_with_images(
    qtbot: QtBot, repository: EntryRepository, tmp_path: Path
) -> None:
    image = ImageStore(repository._conn).add(png_bytes(30, 20))
    repository.add("One", f'<p>pic</p><img src="{image.url}">')
    repository.add("Two", "<p>two</p>")
    repository.add("Three", "<p>three</p>")
    out = tmp_path / "journal.pdf"
    assert export_pdf(repository._conn, out) == 3
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert pages(pdf) == 3
    assert b"/Subtype /Image" in pdf
    assert list(tmp_path.glob("*.part")) == []


def test_selected_entries_only(qtbot: QtBot, repository: EntryRepository, tmp_path: Path) -> None:
    for title in ("a", "b", "c"):
        repository.add(title, "<p>x</p>")
    out = tmp_path / "two.pdf"
    assert export_pdf(repository._conn, out, entry_ids=[1, 3]) == 2
    assert pages(out.read_bytes()) == 2


def test_wide_images_are_scaled_to_the_page(qtbot: QtBot, repository: EntryRepository) -> None:
    wide = ImageStore(repository._conn).add(png_bytes(MAX_IMAGE_WIDTH * 2, 4))
    narrow = ImageStore(repository._conn).add(png_bytes(10, 4))
    repository.add("Wide", f'<img src="{wide.url}"><img src="{narrow.url}">')
    doc = journal_document(read_journal(repository._conn))
    html_text = doc.toHtml()
    assert f'width="{MAX_IMAGE_WIDTH}"' in html_text
    assert html_text.count("width=") == 1


def test_cancel_leaves_no_file(qtbot: QtBot, repository: EntryRepository, tmp_path: Path) -> None:
    repository.add("a", "<p>x</p>")
    with pytest.raises(Cancelled):
        export_pdf(repository._conn, tmp_path / "x.pdf", progress=lambda _d, _t: False)
    assert not (tmp_path / "x.pdf").exists()


MARKER_WIDTH = 317  # an unusual width: "/Width 317" appears in a PDF only if the file was read


@pytest.fixture
def marker_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real image file on disk, and the working folder set to its folder (relative paths)."""
    path = tmp_path / "marker.png"
    path.write_bytes(png_bytes(MARKER_WIDTH, 23))
    monkeypatch.chdir(tmp_path)
    return path


def test_the_pdf_reads_no_local_file(
    qtbot: QtBot, repository: EntryRepository, tmp_path: Path, marker_file: Path
) -> None:
    image = ImageStore(repository._conn).add(png_bytes(30, 20))
    repository.add(
        "Local",
        f'<img src="file://{marker_file}"><img src="{marker_file}"><img src="marker.png">'
        f'<img src="{image.url}">',
    )
    out = tmp_path / "local.pdf"
    export_pdf(repository._conn, out)
    pdf = out.read_bytes()
    assert b"/Subtype /Image" in pdf  # the journal's own image is there
    assert f"/Width {MARKER_WIDTH}".encode() not in pdf


@pytest.mark.parametrize("reference", ["file://{path}", "{path}", "marker.png", "https://x/y.png"])
def test_the_document_refuses_every_reference_but_the_journals_images(
    qtbot: QtBot, tmp_path: Path, marker_file: Path, reference: str
) -> None:
    """Even markup that bypassed the policy (the document alone) loads nothing from disk."""
    doc = JournalDocument({})
    doc.setHtml(f'<p>x</p><img src="{reference.format(path=marker_file)}">')
    out = tmp_path / "doc.pdf"
    writer = QPdfWriter(str(out))
    doc.print_(writer)
    del writer
    assert doc.refused
    assert f"/Width {MARKER_WIDTH}".encode() not in out.read_bytes()


def test_twenty_nested_tables_finish(
    qtbot: QtBot, repository: EntryRepository, tmp_path: Path
) -> None:
    body = "<table><tr><td>" * 20 + "deep" + "</td></tr></table>" * 20
    repository.add("Tables", body)
    out = tmp_path / "tables.pdf"
    assert export_pdf(repository._conn, out) == 1
    html_text = journal_document(read_journal(repository._conn)).toHtml()
    assert html_text.count("<table") <= 4  # the reader's cap: 4 nested tables


def test_dates_follow_the_locale_as_the_reader_shows_them(
    qtbot: QtBot, repository: EntryRepository, german: None
) -> None:
    from desktop_blog.locale_format import long_date_time

    entry = repository.add(
        "Nikolaus",
        "<p>Stiefel</p>",
        created=datetime(2026, 12, 6, 12, 0, tzinfo=UTC),
        tz="Europe/Berlin",
    )
    text = journal_document(read_journal(repository._conn)).toPlainText()
    assert long_date_time(entry.created_local) in text
    assert "Sonntag" in text
    assert "Dezember" in text
    assert "December" not in text
