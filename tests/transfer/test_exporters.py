from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_blog.storage import EntryRepository
from desktop_blog.storage.images import ImageStore
from desktop_blog.storage.progress import Cancelled
from desktop_blog.transfer.atomic import ExportError
from desktop_blog.transfer.exporters import export_html_site, export_json, export_markdown
from tests.storage.images_data import png_bytes


def test_json_has_every_field(filled: EntryRepository, tmp_path: Path) -> None:
    out = tmp_path / "out" / "j.json"
    assert export_json(filled._conn, out) == 3
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "desktop-blog"
    assert doc["version"] == 2
    assert [e["title"] for e in doc["entries"]] == ["First", "Picture", 'Quotes "and" ünïcode']
    assert doc["entries"][0] == {
        "id": 1,
        "title": "First",
        "text": "<p>Hello <b>world</b></p>",
        "created": "2025-12-31T22:05:00+00:00",
        "updated": None,
        "format": "html",
        "tz": doc["entries"][0]["tz"],
        "starred": False,
    }
    assert len(doc["images"]) == 1
    assert set(doc["images"][0]) == {"sha256", "mime", "created", "data"}
    assert list(out.parent.iterdir()) == [out]  # no temporary file left


def test_markdown_one_file_per_entry_with_front_matter(
    filled: EntryRepository, tmp_path: Path
) -> None:
    out = tmp_path / "md"
    assert export_markdown(filled._conn, out) == 3
    files = sorted(p.name for p in out.glob("*.md"))
    assert files == [
        "2025-12-31-0001-first.md",
        "2026-01-02-0002-picture.md",
        "2026-02-03-0003-quotes-and-ünïcode.md",
    ]
    text = (out / files[2]).read_text(encoding="utf-8")
    assert text.startswith(
        '---\ntitle: "Quotes \\"and\\" ünïcode"\ndate: 2026-02-03T09:30:00+00:00\nid: 3\n'
        "format: html\n"
    )
    picture = (out / files[1]).read_text(encoding="utf-8")
    sha = next(iter(ImageStore(filled._conn).all())).sha256
    assert f'<img src="images/{sha}.png">' in picture
    assert (out / "images" / f"{sha}.png").read_bytes() == png_bytes()


def test_html_site_index_newest_first_and_pages_offline(
    filled: EntryRepository, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    export_html_site(filled._conn, out)
    index = (out / "index.html").read_text(encoding="utf-8")
    positions = [index.index(f'href="entry-000{i}.html"') for i in (3, 2, 1)]
    assert positions == sorted(positions)
    assert "Quotes &quot;and&quot; ünïcode" in index
    page = (out / "entry-0002.html").read_text(encoding="utf-8")
    assert 'src="images/' in page
    assert "journal-image:" not in page
    assert 'href="style.css"' in page
    assert "#377BA8" in (out / "style.css").read_text()
    for name in ["index.html", "entry-0001.html", "entry-0002.html", "entry-0003.html"]:
        html_text = (out / name).read_text(encoding="utf-8")
        assert "http://" not in html_text
        assert "https://" not in html_text


def test_selected_entries_only(filled: EntryRepository, tmp_path: Path) -> None:
    assert export_markdown(filled._conn, tmp_path / "md", entry_ids=[3]) == 1
    assert not (tmp_path / "md" / "images").exists()


def test_refuses_a_folder_with_files_and_leaves_it(filled: EntryRepository, tmp_path: Path) -> None:
    out = tmp_path / "busy"
    out.mkdir()
    (out / "mine.txt").write_text("keep")
    with pytest.raises(ExportError, match="not an empty folder"):
        export_html_site(filled._conn, out)
    assert [p.name for p in out.iterdir()] == ["mine.txt"]


def test_html_site_dates_follow_the_locale_as_the_reader_shows_them(
    repository: EntryRepository, tmp_path: Path, german: None
) -> None:
    from desktop_blog.locale_format import long_date_time

    entry = repository.add(
        "Nikolaus",
        "<p>Stiefel</p>",
        created=datetime(2026, 12, 6, 12, 0, tzinfo=UTC),
        tz="Europe/Berlin",
        starred=True,
    )
    export_html_site(repository._conn, tmp_path / "site")
    when = long_date_time(entry.created_local)  # what the reader and the PDF say
    assert "Sonntag" in when
    assert "Dezember 2026" in when
    assert "13:00" in when
    for name in ("index.html", "entry-0001.html"):
        page = (tmp_path / "site" / name).read_text(encoding="utf-8")
        assert f'<p class="meta">{when} ★</p>' in page
        assert "December" not in page
        assert "Sunday" not in page
    # Machine formats stay as they are: the Markdown front matter's date is ISO 8601.
    export_markdown(repository._conn, tmp_path / "md")
    (markdown,) = (tmp_path / "md").glob("*.md")
    assert markdown.name == "2026-12-06-0001-nikolaus.md"
    assert "\ndate: 2026-12-06T13:00:00+01:00\n" in markdown.read_text(encoding="utf-8")


def test_html_site_dates_in_us_english(repository: EntryRepository, tmp_path: Path) -> None:
    repository.add(
        "Saint Nicholas",
        "<p>boots</p>",
        created=datetime(2026, 12, 6, 12, 0, tzinfo=UTC),
        tz="Europe/Berlin",
    )
    export_html_site(repository._conn, tmp_path / "site")
    page = (tmp_path / "site" / "entry-0001.html").read_text(encoding="utf-8")
    # Newer locale data put a narrow no-break space before "PM".
    assert '<p class="meta">Sunday, December 6, 2026, 1:00 PM</p>' in page.replace("\u202f", " ")


@pytest.mark.parametrize("export", [export_markdown, export_html_site])
def test_cancelling_leaves_nothing(filled: EntryRepository, tmp_path: Path, export: object) -> None:
    seen: list[int] = []

    def stop_at_two(done: int, _total: int) -> bool:
        seen.append(done)
        return done < 2

    with pytest.raises(Cancelled):
        export(filled._conn, tmp_path / "out" / "export", progress=stop_at_two)  # type: ignore[operator]
    assert seen == [1, 2]
    assert list((tmp_path / "out").iterdir()) == []


def test_cancelled_json_keeps_the_previous_file(filled: EntryRepository, tmp_path: Path) -> None:
    out = tmp_path / "out" / "j.json"
    out.parent.mkdir()
    out.write_text("previous")
    with pytest.raises(Cancelled):
        export_json(filled._conn, out, progress=lambda done, _t: done < 1)
    assert out.read_text() == "previous"
    assert list(out.parent.iterdir()) == [out]


def test_json_is_written_as_utf8_text_laid_out_one_field_a_line(
    filled: EntryRepository, tmp_path: Path
) -> None:
    """The pieces encoded by hand (a binary buffer, for the GUI thread's sake) make the same
    bytes ``json.dumps(..., ensure_ascii=False, indent=1)`` would: UTF-8, not escaped."""
    out = tmp_path / "j.json"
    export_json(filled._conn, out)
    data = out.read_bytes()
    assert json.dumps(json.loads(data), ensure_ascii=False, indent=1).encode("utf-8") == data
    assert 'Quotes \\"and\\" ünïcode'.encode() in data


@pytest.mark.parametrize("entries", [0, 3])
def test_html_site_index_is_the_page_it_was_when_written_in_one_go(
    repository: EntryRepository, tmp_path: Path, entries: int
) -> None:
    """The index is written item by item (one 30 MB string at 100,000 entries held the
    interpreter 170-240 ms): the same bytes as the page built whole."""
    import html as html_module

    from desktop_blog.transfer import exporters

    for n in range(entries):
        repository.add(f"Day <{n}>", f"<p>Body & more {n}</p>")
    export_html_site(repository._conn, tmp_path / "site", site_title="My <site>")
    written = (tmp_path / "site" / "index.html").read_bytes()
    assert written.count(b"<li>") == entries
    items = [line for line in written.decode("utf-8").splitlines() if line.startswith("<li>")]
    listing = (
        '<ul class="entries">\n' + "\n".join(items) + "\n</ul>"
        if items
        else '<p class="empty"><em>Unbelievable. No entries here so far</em></p>'
    )
    body = f"<h1>{html_module.escape('My <site>')}</h1>\n{listing}"
    assert written == exporters._page("My <site>", body, "style.css").encode("utf-8")
