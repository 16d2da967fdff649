"""An import file is decoded in slices (for the GUI thread's sake) exactly as in one piece."""

from __future__ import annotations

import pytest

from desktop_blog.transfer.importers import _utf8_text


def test_characters_split_between_slices_are_decoded_whole() -> None:
    text = "é€𝄞 plain"
    assert _utf8_text(text.encode("utf-8"), step=1) == text
    assert _utf8_text(text.encode("utf-8"), step=3) == text
    assert _utf8_text(b"") == ""


def test_bad_utf8_is_refused_wherever_it_is() -> None:
    with pytest.raises(UnicodeDecodeError):
        _utf8_text("ok é".encode() + b"\xff" + b"more", step=2)
    with pytest.raises(UnicodeDecodeError):
        _utf8_text("cut off é".encode()[:-1], step=4)  # an incomplete last character


def test_a_large_list_is_released_slice_by_slice_to_the_last_item() -> None:
    from desktop_blog.transfer.journal_data import release_in_slices

    items = [{"n": n} for n in range(2500)]
    kept = items[1234]
    release_in_slices(items, step=1000)
    assert items == []
    assert kept == {"n": 1234}  # what is still referenced elsewhere stays
