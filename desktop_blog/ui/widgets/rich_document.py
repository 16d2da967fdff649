"""The rich editor's document as clean, minimal HTML, and which HTML it can load.

:func:`document_html` writes only ``p``, ``h1``-``h3``, ``strong``, ``em``, ``code``, ``pre``,
``blockquote``, ``ul``/``ol``/``li``, ``a href`` (web and mail links), ``img src`` (journal
images) and ``br``: never Qt's ``toHtml()`` with its inline styles. :func:`rich_editable`
says whether a stored body uses nothing else (so loading it into the editor loses nothing).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextDocument, QTextFormat, QTextList

from desktop_blog.html_scan import Tag, tokens
from desktop_blog.rich_text import LINK_SCHEMES, RESOURCE_SCHEMES, _scheme

IMAGE_SCHEME = "journal-image"
LINE_SEPARATOR = "\u2028"  # Shift+Return inside a paragraph
OBJECT = "\ufffc"  # where an image sits in the text
_BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "pre", "blockquote", "ul", "ol", "li"})
_INLINE_TAGS = frozenset({"strong", "b", "em", "i", "code", "a", "img", "br"})
_ATTRIBUTES = {"a": frozenset({"href"}), "img": frozenset({"src", "alt"})}
_LIST_TAGS = {"ul": "ul", "ol": "ol"}


def link_allowed(href: str) -> bool:
    """Whether a link may be kept: only web and mail links."""
    return _scheme(href) in LINK_SCHEMES


def image_allowed(src: str) -> bool:
    """Whether an image may be kept: only the journal's own images."""
    return _scheme(src) in RESOURCE_SCHEMES


def rich_editable(body: str) -> bool:
    """Whether ``body`` uses only what the rich editor keeps (else it opens as HTML source)."""
    for token in tokens(body):
        if not isinstance(token, Tag):
            continue
        if token.name not in _BLOCK_TAGS | _INLINE_TAGS:
            return False
        allowed = _ATTRIBUTES.get(token.name, frozenset())
        for name, value in token.attrs:
            if name not in allowed:
                return False
            if name == "href" and not link_allowed(value or ""):
                return False
            if name == "src" and not image_allowed(value or ""):
                return False
    return True


@dataclass(frozen=True)
class _Inline:
    """The inline markup of one run of text, outermost first."""

    href: str
    strong: bool
    em: bool
    code: bool

    def tags(self) -> list[tuple[str, str]]:
        """``(name, opening tag)`` from the outside in."""
        found: list[tuple[str, str]] = []
        if self.href:
            found.append(("a", f'<a href="{html.escape(self.href, quote=True)}">'))
        if self.strong:
            found.append(("strong", "<strong>"))
        if self.em:
            found.append(("em", "<em>"))
        if self.code:
            found.append(("code", "<code>"))
        return found


def is_code(char_format: QTextCharFormat) -> bool:
    """Whether text in this format is code (monospace)."""
    families = char_format.fontFamilies() or []
    return char_format.fontFixedPitch() or "monospace" in [str(f).lower() for f in families]


def _inline(char_format: QTextCharFormat, heading: bool, pre: bool) -> _Inline:
    href = char_format.anchorHref() if char_format.isAnchor() else ""
    return _Inline(
        href=href if href and link_allowed(href) else "",
        strong=not heading and char_format.fontWeight() >= QFont.Weight.DemiBold.value,
        em=char_format.fontItalic(),
        code=not pre and is_code(char_format),
    )


def _text(text: str) -> str:
    return html.escape(text, quote=False).replace(LINE_SEPARATOR, "<br>")


def block_inline_html(block: QTextBlock, *, heading: bool = False, pre: bool = False) -> str:
    """The block's text with its inline markup (strong, em, code, links, images, breaks)."""
    out: list[str] = []
    open_tags: list[tuple[str, str]] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        if not fragment.isValid():
            continue
        char_format = fragment.charFormat()
        wanted = [] if pre else _inline(char_format, heading, pre).tags()
        keep = 0
        while keep < min(len(open_tags), len(wanted)) and open_tags[keep] == wanted[keep]:
            keep += 1
        while len(open_tags) > keep:
            out.append(f"</{open_tags.pop()[0]}>")
        for tag in wanted[keep:]:
            out.append(tag[1])
            open_tags.append(tag)
        if char_format.isImageFormat():
            name = char_format.toImageFormat().name()
            images = fragment.text().count(OBJECT)
            if image_allowed(name):
                out.append(f'<img src="{html.escape(name, quote=True)}">' * images)
            rest = fragment.text().replace(OBJECT, "")
            if rest:
                out.append(_text(rest))
        else:
            out.append(_text(fragment.text().replace(OBJECT, "")))
    while open_tags:
        out.append(f"</{open_tags.pop()[0]}>")
    return "".join(out)


def heading_level(block: QTextBlock) -> int:
    """0 for a paragraph, else 1 to 3 (deeper headings count as 3)."""
    level = block.blockFormat().headingLevel()
    return min(level, 3) if level > 0 else 0


def quote_level(block: QTextBlock) -> int:
    value = block.blockFormat().property(QTextFormat.Property.BlockQuoteLevel)
    return int(value) if isinstance(value, int) else 0


def is_pre(block: QTextBlock) -> bool:
    return block.blockFormat().nonBreakableLines()


def document_html(document: QTextDocument) -> str:
    """The document as minimal HTML: one block element per line, no styles."""
    lines: list[str] = []
    quoted = False
    current_list: QTextList | None = None
    list_tag = ""
    pre_lines: list[str] | None = None
    block = document.begin()

    def close_pre() -> None:
        nonlocal pre_lines
        if pre_lines is not None:
            lines.append("<pre>" + "\n".join(pre_lines) + "</pre>")
            pre_lines = None

    def close_list() -> None:
        nonlocal current_list
        if current_list is not None:
            lines.append(f"</{list_tag}>")
            current_list = None

    while block.isValid():
        text_list = block.textList()
        in_quote = quote_level(block) > 0
        if not is_pre(block):
            close_pre()
        if text_list is None or text_list is not current_list:
            close_list()
        if in_quote != quoted:
            close_pre()
            close_list()
            lines.append("<blockquote>" if in_quote else "</blockquote>")
            quoted = in_quote
        if is_pre(block):
            if pre_lines is None:
                pre_lines = []
            pre_lines.append(block_inline_html(block, pre=True))
        elif text_list is not None:
            if current_list is None:
                style = text_list.format().style()
                list_tag = "ol" if style.value <= -4 else "ul"  # decimal, alpha, roman: -4..-8
                lines.append(f"<{list_tag}>")
                current_list = text_list
            lines.append(f"<li>{block_inline_html(block)}</li>")
        else:
            level = heading_level(block)
            content = block_inline_html(block, heading=level > 0)
            if content:
                tag = f"h{level}" if level else "p"
                lines.append(f"<{tag}>{content}</{tag}>")
        block = block.next()
    close_pre()
    close_list()
    if quoted:
        lines.append("</blockquote>")
    return "\n".join(_drop_empty_quotes(lines))


def _drop_empty_quotes(lines: list[str]) -> list[str]:
    kept: list[str] = []
    for line in lines:
        if line == "</blockquote>" and kept and kept[-1] == "<blockquote>":
            kept.pop()
        else:
            kept.append(line)
    return kept
