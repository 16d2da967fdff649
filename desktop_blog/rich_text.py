"""Make an entry's HTML safe and cheap for Qt's rich-text engine to show (no Qt here).

Qt's HTML layout has pathological cases: nested tables cost time exponential in their depth,
deep nesting and malformed tags quadratic time, and a long word without a break point is
laid out in quadratic time. :func:`display_html` re-serialises the stored HTML through the
standard library's parser into well-formed markup with bounded depth, bounded table
nesting and break opportunities in very long words. The stored entry is never changed;
only what is shown.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

MAX_DEPTH = 64
MAX_TABLE_DEPTH = 4
MAX_WORD_CHARS = 500
_ZERO_WIDTH_SPACE = "\u200b"
_VOID = frozenset({"br", "hr", "img"})
_ALLOWED = frozenset(
    {
        "a", "abbr", "b", "big", "blockquote", "br", "center", "cite", "code", "dd", "del",
        "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
        "img", "ins", "kbd", "li", "ol", "p", "pre", "q", "s", "samp", "small", "span",
        "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "tt", "u", "ul", "var",
    }
)  # fmt: skip
_DROP_CONTENT = frozenset({"script", "style", "head", "title", "template"})
_ATTRIBUTES = frozenset(
    {
        "align", "alt", "bgcolor", "border", "cellpadding", "cellspacing", "color",
        "colspan", "dir", "face", "height", "href", "name", "rowspan", "size", "src",
        "start", "style", "title", "type", "valign", "width",
    }
)  # fmt: skip
_MAX_ATTRIBUTE_CHARS = 2000
_TOKEN = re.compile(r"\s+|\S+")


def _break_long_words(text: str, run: int) -> tuple[str, int]:
    """Insert break opportunities so no run of non-space characters exceeds the limit.

    ``run`` is the length of the run carried over from earlier text; the new run is returned.
    """
    out: list[str] = []
    for token in _TOKEN.findall(text):
        if token[0].isspace():
            out.append(token)
            run = 0
            continue
        rest = token
        while run + len(rest) > MAX_WORD_CHARS:
            cut = MAX_WORD_CHARS - run
            out.append(rest[:cut] + _ZERO_WIDTH_SPACE)
            rest, run = rest[cut:], 0
        out.append(rest)
        run += len(rest)
    return "".join(out), run


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[str] = []
        self.tables = 0
        self.dropping = 0
        self.run = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            self.dropping += 1
            return
        if self.dropping or tag not in _ALLOWED:
            return
        if tag not in _VOID:
            if len(self.stack) >= MAX_DEPTH or (tag == "table" and self.tables >= MAX_TABLE_DEPTH):
                return
            self.stack.append(tag)
            self.tables += tag == "table"
        kept = "".join(
            f' {name}="{html.escape(value, quote=True)}"'
            for name, value in attrs
            if name in _ATTRIBUTES and value is not None and len(value) <= _MAX_ATTRIBUTE_CHARS
        )
        self.out.append(f"<{tag}{kept}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack and self.stack[-1] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping or tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            self.tables -= open_tag == "table"
            self.out.append(f"</{open_tag}>")
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            text, self.run = _break_long_words(data, self.run)
            self.out.append(html.escape(text, quote=False))

    def result(self) -> str:
        self.close()
        while self.stack:
            self.out.append(f"</{self.stack.pop()}>")
        return "".join(self.out)


def display_html(body: str) -> str:
    """Return ``body`` as well-formed HTML that Qt lays out in bounded time."""
    parser = _Sanitizer()
    parser.feed(body.replace("\x00", "\ufffd"))
    return parser.result()
