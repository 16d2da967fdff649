"""Entry bodies to HTML, and the markup the formatting toolbar inserts (no Qt).

Markdown is CommonMark, rendered by markdown-it-py. As in HTML bodies, raw HTML inside Markdown
is kept; the viewer never loads resources or opens unsafe links either way.
"""

from __future__ import annotations

import html
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

FORMAT_LABELS = {"html": "HTML", "markdown": "Markdown"}


class Markup(StrEnum):
    """What the formatting toolbar can insert."""

    BOLD = "bold"
    ITALIC = "italic"
    LINK = "link"
    LIST = "list"
    HEADING = "heading"


@cache
def _markdown() -> MarkdownIt:
    # Imported on the first Markdown body: start-up and HTML-only journals never need it.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


# Markdown's delimiters: the parser's cost grows with how many there are (about 0.2 s per
# 10,000 brackets). A body with more is shown as plain paragraphs, in linear time.
MAX_MARKDOWN_DELIMITERS = 20_000
_DELIMITERS = "[]*_`<>"


def _plain_paragraphs(text: str) -> str:
    paragraphs = (p.strip() for p in text.replace("\r\n", "\n").split("\n\n"))
    return "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs if p)


def to_html(text: str, body_format: str) -> str:
    """Return the body as HTML: Markdown is rendered, HTML is returned as written.

    Markdown with more than :data:`MAX_MARKDOWN_DELIMITERS` delimiters is not parsed (its
    cost would be seconds): it is shown as escaped plain paragraphs.
    """
    if body_format == "markdown":
        if sum(text.count(c) for c in _DELIMITERS) > MAX_MARKDOWN_DELIMITERS:
            return _plain_paragraphs(text)
        # Qt would show the renderer's final newline as a trailing space.
        return str(_markdown().render(text)).rstrip("\n")
    return text


# (markdown?) -> kind -> the text wrapped in that format's markup
_WRAP: dict[bool, dict[Markup, str]] = {
    True: {
        Markup.BOLD: "**{}**",
        Markup.ITALIC: "*{}*",
        Markup.LINK: "[{}](https://)",
        Markup.HEADING: "## {}",
    },
    False: {
        Markup.BOLD: "<b>{}</b>",
        Markup.ITALIC: "<i>{}</i>",
        Markup.LINK: '<a href="https://">{}</a>',
        Markup.HEADING: "<h3>{}</h3>",
    },
}

_PLACEHOLDER = {
    Markup.BOLD: "bold text",
    Markup.ITALIC: "italic text",
    Markup.LINK: "link text",
    Markup.LIST: "item",
    Markup.HEADING: "Heading",
}


def insert_markup(kind: Markup, selected: str, body_format: str) -> str:
    """The text that replaces ``selected`` (or a placeholder) to apply ``kind``."""
    text = selected or _PLACEHOLDER[kind]
    lines = text.splitlines() or [text]
    if kind is Markup.LIST:
        if body_format == "markdown":
            return "\n".join(f"- {line}" for line in lines)
        return "<ul>\n" + "\n".join(f"<li>{line}</li>" for line in lines) + "\n</ul>"
    return _WRAP[body_format == "markdown"][kind].format(text)
