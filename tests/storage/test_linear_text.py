"""The full-text stripping is linear yet gives exactly what the index was built with."""

from __future__ import annotations

import html
import random
import re

from desktop_blog.storage.fulltext import strip_html
from desktop_blog.storage.tags import extract_tags

# strip_html as it was when the index was built (quadratic on floods): the reference.
_HIDDEN = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def reference_strip(text: str) -> str:
    text = _COMMENT.sub(" ", _HIDDEN.sub(" ", text))
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", text))).strip()


def reference_tags(title: str, text: str) -> list[str]:
    plain = html.unescape(_TAG.sub(" ", f"{title}\n{text}"))
    found = re.findall(r"(?<![\w&/#])#([^\W\d_][\w-]*)", plain)
    return list(dict.fromkeys(t.rstrip("-").casefold() for t in found))


PIECES = [
    "<", ">", "<!--", "-->", "<script>", "</script>", "<SCRIPT >", "</Script >", "<style>",
    "</style>", "<head>", "</head>", "<scripts>", "<b>", "</b>", "a", " ", "&amp;", "#tag",
    "x-y", "\n", "<p class='>'>", "--", "!", "&#35;tag",
]  # fmt: skip


def test_strip_html_matches_the_reference_on_random_markup() -> None:
    generator = random.Random(15)
    for _ in range(5000):
        text = "".join(generator.choice(PIECES) for _ in range(generator.randint(0, 30)))
        assert strip_html(text) == reference_strip(text), text
        assert extract_tags("t", text) == reference_tags("t", text), text
