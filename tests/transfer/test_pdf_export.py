from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_blog.storage import EntryRepository
from desktop_blog.storage.images import ImageStore
from desktop_blog.storage.progress import Cancelled
from desktop_blog.transfer.journal_data import read_journal
from desktop_blog.transfer.pdf_export import MAX_IMAGE_WIDTH, export_pdf, journal_document
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
