from __future__ import annotations

import pytest

from desktop_blog.storage.tags import extract_tags, normalize_tag


@pytest.mark.parametrize(
    ("title", "text", "tags"),
    [
        ("Trip #Travel", "<p>more #travel and #food</p>", ["travel", "food"]),
        ("", '<p style="color:#ffffff">no tags in markup</p>', []),
        ("C# and &#39;quotes&#39;", "<a href='https://x.org/#top'>x</a> #1 ##", []),
        ("", "# Heading in Markdown\n\n#garden-notes.", ["garden-notes"]),
        ("Ünïcode #Café", "", ["café"]),
    ],
)
def test_extract_tags(title: str, text: str, tags: list[str]) -> None:
    assert extract_tags(title, text) == tags


def test_normalize_tag() -> None:
    assert normalize_tag(" #Travel ") == "travel"
