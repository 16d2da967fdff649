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

from desktop_blog.html_scan import tokens

MAX_DEPTH = 64
MAX_TABLE_DEPTH = 4
MAX_TABLE_CELLS = 2_500  # per table: wider or taller tables lose their further cells
MAX_ELEMENTS = 20_000  # kept elements per body; later tags are dropped, their text kept
# The resource policy shared by the reader, the preview, the PDF and the HTML site.
RESOURCE_SCHEMES = frozenset({"journal-image"})
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_CELL_TAGS = frozenset({"td", "th"})
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


class _Sanitizer:
    """Rebuilds well-formed, bounded HTML from :func:`desktop_blog.html_scan.tokens`."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.stack: list[str] = []
        self.cells: list[int] = []  # cells kept per open table
        self.elements = 0
        self.dropping = 0
        self.run = 0

    def feed(self, body: str) -> None:
        for token in tokens(body):
            if isinstance(token, str):
                self.handle_data(token)
            elif token.end:
                self.handle_endtag(token.name)
            else:
                self.handle_starttag(token.name, token.attrs)
                closes = token.self_closing and token.name not in _VOID
                if closes and self.stack and self.stack[-1] == token.name:
                    self.handle_endtag(token.name)

    def _over_caps(self, tag: str) -> bool:
        if self.elements >= MAX_ELEMENTS:
            return True
        if tag in _VOID:
            return False
        if len(self.stack) >= MAX_DEPTH or (tag == "table" and len(self.cells) >= MAX_TABLE_DEPTH):
            return True
        if tag in _CELL_TAGS:
            if not self.cells or self.cells[-1] >= MAX_TABLE_CELLS:
                return True
            self.cells[-1] += 1
        return False

    def handle_starttag(self, tag: str, attrs: tuple[tuple[str, str | None], ...]) -> None:
        if tag in _DROP_CONTENT:
            self.dropping += 1
            return
        if self.dropping or tag not in _ALLOWED or self._over_caps(tag):
            return
        self.elements += 1
        if tag not in _VOID:
            self.stack.append(tag)
            if tag == "table":
                self.cells.append(0)
        kept = "".join(
            f' {name}="{html.escape(value, quote=True)}"'
            for name, value in attrs
            if value is not None and allowed_attribute(tag, name, value)
        )
        self.out.append(f"<{tag}{kept}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping or tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag == "table":
                self.cells.pop()
            self.out.append(f"</{open_tag}>")
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            text, self.run = _break_long_words(data, self.run)
            self.out.append(html.escape(text, quote=False))

    def result(self) -> str:
        while self.stack:
            self.out.append(f"</{self.stack.pop()}>")
        return "".join(self.out)


def _scheme(url: str) -> str | None:
    """The scheme of ``url`` as a browser reads it (control characters and spaces ignored)."""
    cleaned = "".join(c for c in url if c > " " and c != "\x7f")
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


def allowed_attribute(tag: str, name: str, value: str) -> bool:
    """The one resource policy: which attributes survive, for every place an entry is shown.

    Images load only from the journal (``journal-image:``) or inline ``data:image/``; links
    only to the web, e-mail or an anchor in the page; no style may load anything.
    """
    if name not in _ATTRIBUTES or len(value) > _MAX_ATTRIBUTE_CHARS:
        return False
    if name == "src":
        scheme = _scheme(value)
        return tag == "img" and (
            scheme in RESOURCE_SCHEMES
            or (scheme == "data" and value.strip().lower().startswith("data:image/"))
        )
    if name == "href":
        if value.strip().startswith("#"):
            return True
        return _scheme(value) in LINK_SCHEMES
    if name == "style":
        lowered = value.lower()
        return not any(word in lowered for word in ("url(", "expression", "@import", "\\"))
    return True


def display_html(body: str) -> str:
    """Return ``body`` as well-formed HTML that Qt lays out in bounded time.

    Linear in the length of ``body``; see the caps at the top of this module.
    """
    parser = _Sanitizer()
    parser.feed(body.replace("\x00", "\ufffd"))
    return parser.result()


def safe_html(body: str, body_format: str = "html") -> str:
    """An entry body as display-safe HTML: the one rendering path of every view and export.

    Markdown goes through the bounded :func:`desktop_blog.markup.to_html`; the result through
    :func:`display_html` (caps, resource and link policy).
    """
    from desktop_blog.markup import to_html

    return display_html(to_html(body, body_format))
