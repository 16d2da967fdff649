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
