from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop_blog.rich_text import MAX_DEPTH, MAX_TABLE_DEPTH, MAX_WORD_CHARS, display_html


def _max_run(text: str) -> int:
    return max((len(w) for w in re.split(r"[\s\u200b]", text)), default=0)


def _depth(markup: str) -> int:
    depth = deepest = 0
    for closing, tag in re.findall(r"<(/?)([a-z0-9]+)", markup):
        if tag in {"br", "hr", "img"}:
            continue
        depth += -1 if closing else 1
        deepest = max(deepest, depth)
    return deepest


def test_deep_nesting_is_bounded_and_balanced() -> None:
    out = display_html("<div>" * 100_000 + "deep")
    assert _depth(out) == MAX_DEPTH
    assert out.count("<div>") == out.count("</div>")
    assert "deep" in out


def test_nested_tables_are_bounded() -> None:
    out = display_html("<table><tr><td>" * 50 + "cell")
    assert out.count("<table>") == MAX_TABLE_DEPTH
    assert out.count("<table>") == out.count("</table>")


def test_long_words_get_break_opportunities() -> None:
    out = display_html("x" * 10_000 + " short")
    assert _max_run(out) == MAX_WORD_CHARS
    assert out.replace("\u200b", "") == "x" * 10_000 + " short"
    # also across tags and entities
    out = display_html("<b<i><<>>></p></div>" * 5000)
    assert _max_run(re.sub(r"<[^>]*>", "", out)) <= MAX_WORD_CHARS * 4  # &lt; is 4 chars


def test_scripts_styles_and_unknown_tags_are_dropped() -> None:
    out = display_html(
        '<script>evil()</script><style>p{}</style><iframe src="x">in</iframe>'
        '<p onclick="evil()" style="color: red">kept <b>bold</b></p><!-- note -->'
    )
    # an unknown tag's text stays, its markup goes
    assert out == 'in<p style="color: red">kept <b>bold</b></p>'
    assert "evil" not in out
    assert "note" not in out


def test_text_is_escaped_and_nul_replaced() -> None:
    assert display_html("a < b & c\x00") == "a &lt; b &amp; c\ufffd"


@given(st.text(max_size=200))
def test_output_is_balanced_for_any_input(body: str) -> None:
    out = display_html(body)
    opened = re.findall(r"<([a-z0-9]+)[ >]", out)
    closed = re.findall(r"</([a-z0-9]+)>", out)
    assert len([t for t in opened if t not in {"br", "hr", "img"}]) == len(closed)
