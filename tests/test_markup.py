from __future__ import annotations

import pytest

from desktop_blog.markup import Markup, insert_markup, to_html


def test_markdown_is_rendered_as_commonmark() -> None:
    html = to_html("# Title\n\nSome **bold** and *it*.\n\n- a\n- b\n", "markdown")
    assert "<h1>Title</h1>" in html
    assert "<strong>bold</strong>" in html
    assert "<em>it</em>" in html
    assert "<ul>\n<li>a</li>" in html


def test_html_is_returned_as_written() -> None:
    assert to_html("<p>**not markdown**</p>", "html") == "<p>**not markdown**</p>"


@pytest.mark.parametrize(
    ("kind", "selected", "body_format", "expected"),
    [
        (Markup.BOLD, "word", "markdown", "**word**"),
        (Markup.BOLD, "word", "html", "<b>word</b>"),
        (Markup.ITALIC, "", "markdown", "*italic text*"),
        (Markup.ITALIC, "x", "html", "<i>x</i>"),
        (Markup.LINK, "site", "markdown", "[site](https://)"),
        (Markup.LINK, "site", "html", '<a href="https://">site</a>'),
        (Markup.LIST, "a\nb", "markdown", "- a\n- b"),
        (Markup.LIST, "a\nb", "html", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"),
        (Markup.HEADING, "Day", "markdown", "## Day"),
        (Markup.HEADING, "", "html", "<h3>Heading</h3>"),
    ],
)
def test_insert_markup(kind: Markup, selected: str, body_format: str, expected: str) -> None:
    assert insert_markup(kind, selected, body_format) == expected


def test_inserted_markdown_renders_as_intended() -> None:
    body = insert_markup(Markup.BOLD, "strong", "markdown")
    assert "<strong>strong</strong>" in to_html(body, "markdown")
