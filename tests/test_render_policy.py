"""One rendering policy for every view and export: no scripts, no loads, safe links, caps."""

from __future__ import annotations

import re
from pathlib import Path

from desktop_blog.markup import MAX_MARKDOWN_DELIMITERS, to_html
from desktop_blog.rich_text import MAX_ELEMENTS, MAX_TABLE_CELLS, display_html, safe_html
from desktop_blog.storage import EntryRepository
from desktop_blog.storage.images import ImageStore
from desktop_blog.transfer.exporters import SITE_CSP, export_html_site
from tests.storage.images_data import png_bytes

HOSTILE = (
    "<p>hi</p><script>alert(1)</script><img src='https://evil.example/x.png'>"
    '<img src="file:///etc/passwd"><img src="../secret.png">'
    '<a href="javascript:alert(1)">j</a><a href=" JaVa\tscript:alert(2)">k</a>'
    '<a href="https://ok.example/">ok</a><a href="#top">top</a>'
    '<p style="background: url(https://evil.example/t.png)">s</p>'
    '<iframe src="https://evil.example"></iframe><img src="data:image/png;base64,AAAA">'
)


def test_display_html_keeps_only_what_the_policy_allows() -> None:
    shown = display_html(HOSTILE)
    assert "script" not in shown
    assert "evil.example" not in shown
    assert "file:" not in shown
    assert "secret.png" not in shown
    assert "javascript" not in shown.lower()
    assert 'href="https://ok.example/"' in shown
    assert 'href="#top"' in shown
    assert 'src="data:image/png;base64,AAAA"' in shown
    assert "iframe" not in shown


def test_markdown_goes_through_the_same_policy() -> None:
    shown = safe_html("[x](javascript:alert(1)) ![i](https://evil.example/i.png)", "markdown")
    assert "href" not in shown
    assert "evil.example" not in shown


def test_the_html_site_runs_and_loads_nothing_foreign(
    repository: EntryRepository, tmp_path: Path
) -> None:
    image = ImageStore(repository._conn).add(png_bytes())
    repository.add("Hostile", HOSTILE + f'<img src="{image.url}">')
    export_html_site(repository._conn, tmp_path / "site")
    page = (tmp_path / "site" / "entry-0001.html").read_text()
    assert f'content="{SITE_CSP}"' in page
    assert "<script" not in page
    assert "evil.example" not in page
    assert "javascript" not in page.lower()
    assert re.search(r'src="images/[0-9a-f]{64}\.png"', page)


def test_wide_and_tall_tables_are_capped() -> None:
    wide = "<table><tr>" + "<td>x</td>" * (MAX_TABLE_CELLS * 2) + "</tr></table>"
    assert display_html(wide).count("<td>") == MAX_TABLE_CELLS
    tall = "<table>" + "<tr><td>x</td></tr>" * (MAX_TABLE_CELLS * 2) + "</table>"
    assert display_html(tall).count("<td>") == MAX_TABLE_CELLS


def test_the_number_of_elements_is_capped() -> None:
    shown = display_html("<b>x</b>" * (MAX_ELEMENTS + 500))
    assert shown.count("<b>") == MAX_ELEMENTS
    assert shown.count("x") == MAX_ELEMENTS + 500  # the text stays


def test_unclosed_constructs_end_at_the_end_of_the_text() -> None:
    assert display_html("<p>a</p><!-- never closed <b>b</b>") == "<p>a</p>"
    assert display_html("<p>a<a<a<a") == "<p>a</p>"


def test_delimiter_heavy_markdown_is_shown_as_plain_paragraphs() -> None:
    body = "[" * (MAX_MARKDOWN_DELIMITERS + 1) + "\n\n<b>x</b>"
    shown = to_html(body, "markdown")
    assert shown.startswith("<p>[[[")
    assert shown.endswith("<p>&lt;b&gt;x&lt;/b&gt;</p>")
    assert to_html("*a*", "markdown") == "<p><em>a</em></p>"
