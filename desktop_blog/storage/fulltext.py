"""Full-text helpers (no Qt): HTML to indexable text, and search text to an FTS5 query.

The index ``entries_fts`` (migration 2) holds each entry's title and the plain text of its
HTML body. SQLite calls :func:`strip_html` through the SQL function ``strip_html`` that
:func:`register_functions` adds to every connection; the function must stay deterministic,
because deleting from the index repeats it on the old text. Changing what it returns needs a
migration that rebuilds the index.
"""

from __future__ import annotations

import html
import re
from collections import deque
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3

_OPENER = re.compile(r"<(script|style|head)\b", re.IGNORECASE)
_CLOSER = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "head")
}
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")
# An FTS5 bareword: letters, digits, '_' and any non-ASCII character (written as "no other
# ASCII character", which compiles much faster than a range up to U+10FFFF).
_BAREWORD = re.compile(r"[^\x00-/:-@\[-^`{-\x7f]+")
_WORD = re.compile(r"[^\W_]+")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def _without_hidden(text: str) -> str:
    r"""``<script>``/``<style>``/``<head>`` elements replaced by a space, in linear time.

    The same result as ``re.sub(r"<(script|style|head)\b.*?</\1\s*>", " ", text, flags=I|S)``:
    an opener without a closer after it is left alone, and so is every later opener of that
    name, which is what makes one pass enough.
    """
    out: list[str] = []
    position = 0
    dead: set[str] = set()
    search_from = 0
    while match := _OPENER.search(text, search_from):
        name = match.group(1).lower()
        closer = None if name in dead else _CLOSER[name].search(text, match.end())
        if closer is None:
            dead.add(name)
            search_from = match.start() + 1
            if len(dead) == len(_CLOSER):
                break
            continue
        out += (text[position : match.start()], " ")
        position = search_from = closer.end()
    out.append(text[position:])
    return "".join(out)


def _without_comments(text: str) -> str:
    """``<!--…-->`` replaced by a space, in linear time (an unclosed comment stays)."""
    out: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        out += (text[position:start], " ")
        position = end + 3
    out.append(text[position:])
    return "".join(out)


def replace_tags(text: str) -> str:
    """Every ``<…>`` replaced by a space; text after the last ``>`` is left as it is.

    Splitting at the last ``>`` keeps the regular expression from re-scanning an unclosed
    tail for every ``<`` in it (quadratic time on ``<<<…`` floods).
    """
    last = text.rfind(">")
    return _TAG.sub(" ", text[: last + 1]) + text[last + 1 :]


def strip_html(text: str | None) -> str:
    """Return the visible text of an HTML fragment, whitespace collapsed (linear time)."""
    if not text:
        return ""
    return _strip_cached(text)


@lru_cache(maxsize=4)
def _strip_cached(text: str) -> str:
    # Cached so that the full-text triggers, which run inside the write transaction, find
    # the text already stripped by prepare_index_text before the transaction began.
    text = _without_comments(_without_hidden(text))
    return _SPACE.sub(" ", html.unescape(replace_tags(text))).strip()


def prepare_index_text(*texts: str) -> None:
    """Strip ``texts`` now, outside the write lock; the triggers then reuse the result."""
    for text in texts:
        strip_html(text)


# A word for the statistics: letters/digits, joined by apostrophes or hyphens (it's, well-known).
_COUNTED_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")
_REAL_TAG = re.compile(r"</?[A-Za-z!][^>]*>")


def count_words(html_text: str) -> int:
    """The number of words in the visible text of an HTML (or Markdown) body."""
    # Linear time whatever the input: the hidden parts and comments go first, then real tags
    # up to the last ">" only (an unclosed tail is never re-scanned for every "<" in it).
    text = _without_comments(_without_hidden(html_text))
    last = text.rfind(">")
    visible = html.unescape(_REAL_TAG.sub(" ", text[: last + 1]) + text[last + 1 :])
    return len(_COUNTED_WORD.findall(visible))


def word_count(title: str | None, text: str | None) -> int:
    """Words of an entry: its title and its body's visible text (the SQL ``word_count``)."""
    return len(_COUNTED_WORD.findall(title or "")) + count_words(text or "")


_SPACE_BEFORE_PUNCTUATION = re.compile(r" ([,.;:!?)\]…])")


def snippet(text: str, length: int = 160) -> str:
    """Return the start of an HTML body as one line of plain text."""
    # strip_html leaves a space where a tag was ("<b>tea</b>," -> "tea ,"): fine for the
    # index, not for reading.
    plain = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", strip_html(text[: length * 8]))
    return plain if len(plain) <= length else plain[: length - 1].rstrip() + "…"


def register_functions(conn: sqlite3.Connection) -> None:
    """Add the SQL functions the journal's triggers use to ``conn``.

    ``strip_html`` feeds the full-text index; ``word_count`` the statistics (migration 7),
    whose stored counts a change of what it counts would leave stale (that needs a migration
    that counts again).
    """
    conn.create_function("strip_html", 1, strip_html, deterministic=True)
    conn.create_function("word_count", 2, word_count, deterministic=True)


def search_words(query: str) -> list[str]:
    """Return the words of a search text (what the list matches and the viewer highlights)."""
    words = [w for w in _WORD.findall(query) if w not in _OPERATORS]
    return list(dict.fromkeys(words))


def fts_query(query: str) -> str:
    """Turn search-box text into an FTS5 query; the last bare word matches as a prefix.

    The text is FTS5 syntax ("phrases", word*, AND/OR/NOT, NEAR(...), parentheses). The word
    still being typed (a bare word at the very end) is matched as a prefix, so results appear
    while typing. The result may still be invalid FTS5; see :func:`plain_fts_query`.
    """
    stripped = query.rstrip()
    # The last bare word, in linear time (a search anchored at the end is quadratic).
    last = next(iter(deque(_BAREWORD.finditer(stripped), maxlen=1)), None)
    if (
        last is not None
        and last.end() == len(stripped)
        and last.group() not in _OPERATORS
        and not _inside_quotes(stripped, last.start())
    ):
        return stripped + "*"
    return stripped


def plain_fts_query(query: str) -> str | None:
    """Return an always-valid FTS5 query for the words of ``query`` (all must match).

    Each word is quoted (so punctuation loses its meaning) and the last one matches as a
    prefix; operator words are dropped unless there is nothing else. ``None`` when the text
    has no words at all.
    """
    words = _WORD.findall(query)
    if not words:
        return None
    # A dangling operator ("garden AND" while typing) is dropped; alone it is a word.
    words = [w for w in words if w not in _OPERATORS] or words
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _inside_quotes(text: str, position: int) -> bool:
    return text.count('"', 0, position) % 2 == 1
