"""JSON parsed a bounded piece at a time (safe_input._JsonReader) reads exactly as json.loads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_blog import safe_input
from desktop_blog.safe_input import (
    MAX_DEPTH,
    PIECE_CHARS,
    InputError,
    load_json,
    load_json_chunks,
    nesting_depth,
)


def pieces_of(text: str, size: int) -> Iterator[str]:
    return (text[start : start + size] for start in range(0, max(len(text), 1), size))


def expected(text: str) -> tuple[str, Any]:
    """What the old whole-text parse gave: ("ok", value) or ("error", message)."""
    try:
        return "ok", json.loads(
            text,
            parse_int=safe_input._number,
            parse_float=safe_input._float,
            parse_constant=safe_input._constant,
        )
    except json.JSONDecodeError as exc:
        return "error", f"it is not valid JSON ({exc})"
    except InputError as exc:
        return "error", str(exc)


def chunked(text: str, size: int) -> tuple[str, Any]:
    try:
        return "ok", load_json_chunks(pieces_of(text, size))
    except InputError as exc:
        return "error", str(exc)


DOCUMENTS = [
    '{"format": "desktop-blog", "entries": [{"id": 1, "title": "a \\"b\\" [c]", "x": null}]}',
    '[1, -2.5e3, true, false, null, "", [], {}, [[]], {"a": {"b": [1, {"c": "}"}]}}]',
    ' \n\t {"é€𝄞": "\\u00e9\\n", "k": [0.5, -0, 1E+2]}\r\n ',
    '"just a string"',
    "12345",
    "[" * MAX_DEPTH + "]" * MAX_DEPTH,
    # Not JSON: each is refused with json's own message and position.
    "",
    "   ",
    "[1,]",
    '{"a":1,}',
    "[1 2]",
    '{"a" 1}',
    "{1:2}",
    "[1, 2}",
    '{"a": 1]',
    "\ufeff[]",
    "[] x",
    '"abc',
    '["a\\',
    "tru",
    "1.",
    '{"a": [1, 2,\n "b": 3}',
    '[\n\n  "ok",\n  "bad \\x escape"]',
    '{"x": NaN}',
    '{"id": ' + "9" * 40 + "}",
    '["tab\there"]',
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_every_chunking_reads_as_json_loads(text: str) -> None:
    want = expected(text)
    for size in (1, 2, 3, 7, len(text) + 1):
        assert chunked(text, size) == want, size


@pytest.mark.parametrize("text", DOCUMENTS)
def test_containers_longer_than_a_piece_are_walked_member_by_member(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(safe_input, "PIECE_CHARS", 3)
    for size in (1, 4, len(text) + 1):
        assert chunked(text, size) == expected(text), size


@st.composite
def json_texts(draw: st.DrawFn) -> str:
    scalars = (
        st.none()
        | st.booleans()
        | st.integers(min_value=-(10**20), max_value=10**20)
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=12)
    )
    value = draw(
        st.recursive(
            scalars,
            lambda inner: (
                st.lists(inner, max_size=5)
                | st.dictionaries(st.text(max_size=6), inner, max_size=5)
            ),
            max_leaves=30,
        )
    )
    text = json.dumps(
        value, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 0, 1, "\t"]))
    )
    if draw(st.booleans()):  # a damaged copy: one character dropped, changed or added
        at = draw(st.integers(min_value=0, max_value=len(text)))
        extra = draw(st.sampled_from(["", "[", "]", "{", "}", '"', ",", ":", "\\", "x", " ", "1"]))
        cut = draw(st.integers(min_value=0, max_value=1))
        text = text[:at] + extra + text[at + cut :]
    return text


@settings(max_examples=300, deadline=None)
@given(text=json_texts(), size=st.integers(min_value=1, max_value=40))
def test_any_json_or_damaged_json_reads_as_json_loads(text: str, size: int) -> None:
    assert chunked(text, size) == expected(text)


def test_too_deep_reports_the_depth_the_whole_text_reaches() -> None:
    text = '{"a": "[[[" , "b": ' + "[" * 100 + '"]]]]' + "]" * 100 + "}"
    for size in (1, 5, len(text)):
        with pytest.raises(InputError, match="nests 101 levels deep; at most 64 are read"):
            load_json_chunks(pieces_of(text, size))
    assert nesting_depth(text) == 101


def scanned_pieces(text: str, chunk: int) -> list[int]:
    """The length of each piece of text the C scanner parsed in one call."""
    reader = safe_input._JsonReader(pieces_of(text, chunk), MAX_DEPTH)
    scan = reader._scan
    lengths: list[int] = []

    def recording(buf: str, pos: int) -> tuple[Any, int]:
        value, end = scan(buf, pos)
        lengths.append(end - pos)
        return value, end

    reader._scan = recording
    assert reader.document() == json.loads(text)
    return lengths


def test_a_large_document_is_parsed_in_bounded_pieces() -> None:
    """One C call per entry and value, never the whole text (json.loads would be one call)."""
    entries = [{"id": n, "title": f"Entry {n}", "text": "<p>words</p>" * 50} for n in range(3000)]
    numbers = list(range(200_000))  # a flat array far longer than PIECE_CHARS
    text = json.dumps({"entries": entries, "numbers": numbers, "images": []})
    assert len(text) > 4 * PIECE_CHARS
    for chunk in (1 << 20, len(text)):
        lengths = scanned_pieces(text, chunk)
        assert max(lengths) <= PIECE_CHARS
        assert len(lengths) > 3000


def test_the_text_read_so_far_is_dropped_as_it_is_parsed() -> None:
    """The whole text is never held as one string: the reader keeps about one chunk."""
    text = json.dumps([{"n": n, "text": "x" * 40} for n in range(5000)])
    held: list[int] = []

    def chunks() -> Iterator[str]:
        for piece in pieces_of(text, 1000):
            held.append(len(reader._buf))
            yield piece

    reader = safe_input._JsonReader(chunks(), MAX_DEPTH)
    assert reader.document() == json.loads(text)
    assert len(held) == len(range(0, len(text), 1000))
    assert max(held) < 2000


def test_load_json_still_reads_one_whole_text() -> None:
    assert load_json('{"x": [1, 2.5, -3]}') == {"x": [1, 2.5, -3]}
