"""``#tags`` in entry titles and bodies (no Qt)."""

from __future__ import annotations

import html
import re

from desktop_blog.storage.fulltext import replace_tags

# A tag starts with a letter and goes on with letters, digits, "_" or "-". It must not follow
# a word character, "&" or "/" (so "C#", "&#39;" and "example.org/#top" are not tags).
_TAG = re.compile(r"(?<![\w&/#])#([^\W\d_][\w-]*)")


def extract_tags(title: str, text: str) -> list[str]:
    """Return the distinct tags in ``title`` and ``text``, lower-cased, in order of appearance.

    Markup (``<span style="color:#fff">``) is ignored; entities are decoded first.
    """
    plain = html.unescape(replace_tags(f"{title}\n{text}"))
    seen: dict[str, None] = {}
    for match in _TAG.finditer(plain):
        seen.setdefault(match.group(1).rstrip("-").casefold(), None)
    return list(seen)


def normalize_tag(tag: str) -> str:
    """``"#Travel"`` and ``"travel"`` name the same tag."""
    return tag.strip().lstrip("#").casefold()
