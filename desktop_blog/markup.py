"""Entry bodies to HTML, and the markup the formatting toolbar inserts (no Qt).

Markdown is CommonMark, rendered by markdown-it-py. As in HTML bodies, raw HTML inside Markdown
is kept; the viewer never loads resources or opens unsafe links either way.
"""

from __future__ import annotations

import html
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate

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
    PARAGRAPH = "paragraph"
    HEADING_1 = "heading_1"
    HEADING_2 = "heading_2"
    HEADING_3 = "heading_3"
    NUMBERED_LIST = "numbered_list"
    QUOTE = "quote"
    CODE = "code"
    CODE_BLOCK = "code_block"


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
        Markup.PARAGRAPH: "{}",
        Markup.HEADING_1: "# {}",
        Markup.HEADING_2: "## {}",
        Markup.HEADING_3: "### {}",
        Markup.CODE: "`{}`",
        Markup.CODE_BLOCK: "```\n{}\n```",
    },
    False: {
        Markup.BOLD: "<b>{}</b>",
        Markup.ITALIC: "<i>{}</i>",
        Markup.LINK: '<a href="https://">{}</a>',
        Markup.HEADING: "<h3>{}</h3>",
        Markup.PARAGRAPH: "<p>{}</p>",
        Markup.HEADING_1: "<h1>{}</h1>",
        Markup.HEADING_2: "<h2>{}</h2>",
        Markup.HEADING_3: "<h3>{}</h3>",
        Markup.CODE: "<code>{}</code>",
        Markup.CODE_BLOCK: "<pre>{}</pre>",
    },
}

# Inserted when nothing is selected (in English; translated when inserted).
_PLACEHOLDER = {
    Markup.BOLD: QT_TRANSLATE_NOOP("Markup", "bold text"),
    Markup.ITALIC: QT_TRANSLATE_NOOP("Markup", "italic text"),
    Markup.LINK: QT_TRANSLATE_NOOP("Markup", "link text"),
    Markup.LIST: QT_TRANSLATE_NOOP("Markup", "item"),
    Markup.HEADING: QT_TRANSLATE_NOOP("Markup", "Heading"),
    Markup.PARAGRAPH: QT_TRANSLATE_NOOP("Markup", "text"),
    Markup.HEADING_1: QT_TRANSLATE_NOOP("Markup", "Heading"),
    Markup.HEADING_2: QT_TRANSLATE_NOOP("Markup", "Heading"),
    Markup.HEADING_3: QT_TRANSLATE_NOOP("Markup", "Heading"),
    Markup.NUMBERED_LIST: QT_TRANSLATE_NOOP("Markup", "item"),
    Markup.QUOTE: QT_TRANSLATE_NOOP("Markup", "quoted text"),
    Markup.CODE: QT_TRANSLATE_NOOP("Markup", "code"),
    Markup.CODE_BLOCK: QT_TRANSLATE_NOOP("Markup", "code"),
}


def _placeholder(kind: Markup, body_format: str) -> str:
    """The placeholder for ``kind`` in the user's language (escaped for an HTML body)."""
    text = translate("Markup", _PLACEHOLDER[kind])
    return text if body_format == "markdown" else html.escape(text, quote=False)


def insert_markup(kind: Markup, selected: str, body_format: str) -> str:
    """The text that replaces ``selected`` (or a placeholder) to apply ``kind``."""
    text = selected or _placeholder(kind, body_format)
    lines = text.splitlines() or [text]
    if kind in (Markup.LIST, Markup.NUMBERED_LIST):
        numbered = kind is Markup.NUMBERED_LIST
        if body_format == "markdown":
            marks = [f"{n}." if numbered else "-" for n in range(1, len(lines) + 1)]
            return "\n".join(f"{mark} {line}" for mark, line in zip(marks, lines, strict=True))
        tag = "ol" if numbered else "ul"
        items = "\n".join(f"<li>{line}</li>" for line in lines)
        return f"<{tag}>\n{items}\n</{tag}>"
    if kind is Markup.QUOTE:
        if body_format == "markdown":
            return "\n".join(f"> {line}" for line in lines)
        return "<blockquote>" + "<br>".join(lines) + "</blockquote>"
    return _WRAP[body_format == "markdown"][kind].format(text)
