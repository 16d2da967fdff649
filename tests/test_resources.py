from __future__ import annotations

import pytest

from desktop_blog import DESKTOP_ID
from desktop_blog.resources import ResourceError, read_text, resource_path, resources_dir


def test_resources_are_found_with_the_schema() -> None:
    assert (resources_dir() / "schema.sql").is_file()
    assert "CREATE TABLE IF NOT EXISTS entries" in read_text("schema.sql")
    assert resource_path("style.qss").is_file()
    assert resource_path(f"icons/{DESKTOP_ID}.svg").is_file()


def test_missing_resource_is_a_clear_error() -> None:
    with pytest.raises(ResourceError, match="no-such-file"):
        resource_path("no-such-file.txt")
