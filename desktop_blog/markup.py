"""Entry bodies to HTML, and the markup the formatting toolbar inserts (no Qt).

Markdown is CommonMark, rendered by markdown-it-py. As in HTML bodies, raw HTML inside Markdown
is kept; the viewer never loads resources or opens unsafe links either way.
"""

from __future__ import annotations

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


def to_html(text: str, body_format: str) -> str:
    """Return the body as HTML: Markdown is rendered, HTML is returned as written."""
    if body_format == "markdown":
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
