"""A linear-time HTML tokenizer for entry bodies (no Qt).

The standard library's ``html.parser`` re-scans unfinished constructs, so floods of ``<a``,
``<!--`` or unclosed tags cost time quadratic in their length (47 s for 200,000 characters
under Python 3.11). This tokenizer reads every character a bounded number of times: each
construct is matched by one regular expression whose every branch ends at the next ``>`` or
at the end of the text (an unfinished construct runs to the end, as in a browser), and
attribute text longer than :data:`MAX_TAG_CHARS` is not parsed at all.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

MAX_TAG_CHARS = 4000  # a longer start tag is dropped whole (its attributes are not parsed)

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comment (unclosed: to the end)
    r"|<[!?][^>]*(?:>|\Z)"  # doctype, processing instruction, CDATA-like
    r"|</([A-Za-z][^\s/>]*)[^>]*(?:>|\Z)"  # end tag
    r"|<([A-Za-z][^\s/>]*)([^>]*)(?:>|\Z)"  # start tag with its attribute text
    r"|[^<]+|<",  # text, or a '<' that starts nothing
    re.DOTALL,
)
_ATTRIBUTE = re.compile(r"""([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?""")


@dataclass(frozen=True, slots=True)
class Tag:
    """A start tag (``end`` False) or an end tag; names lower-cased, values unescaped."""

    name: str
    attrs: tuple[tuple[str, str | None], ...] = ()
    end: bool = False
    self_closing: bool = False


Token = Tag | str  # a str is text, entities already decoded


def _attributes(text: str) -> tuple[tuple[str, str | None], ...]:
    found: list[tuple[str, str | None]] = []
    for match in _ATTRIBUTE.finditer(text):
        name, double, single, bare = match.groups()
        value = next((v for v in (double, single, bare) if v is not None), None)
        found.append((name.lower(), None if value is None else html.unescape(value)))
    return tuple(found)


def tokens(body: str) -> Iterator[Token]:
    """The text and tags of ``body`` in order; comments and declarations are skipped."""
    for match in _TOKEN.finditer(body):
        text = match.group(0)
        if text[0] != "<" or text == "<":
            yield html.unescape(text)
        elif match.group(1) is not None:
            yield Tag(match.group(1).lower(), end=True)
        elif match.group(2) is not None:
            attrs = match.group(3)
            if len(attrs) > MAX_TAG_CHARS:
                continue
            yield Tag(
                match.group(2).lower(),
                _attributes(attrs),
                self_closing=attrs.rstrip().endswith("/"),
            )


_HIDDEN = frozenset({"script", "style"})


def visible_text(body: str) -> str:
    """The text of ``body`` outside ``<script>`` and ``<style>``, pieces joined by spaces."""
    parts: list[str] = []
    hidden = 0
    for token in tokens(body):
        if isinstance(token, str):
            if not hidden:
                parts.append(token)
        elif token.name in _HIDDEN and not token.self_closing:
            hidden = max(0, hidden - 1) if token.end else hidden + 1
    return " ".join(parts)
