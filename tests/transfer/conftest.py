"""A small journal with an image, for export and import tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_blog.storage import EntryRepository
from desktop_blog.storage.images import ImageStore
from tests.storage.images_data import png_bytes


@pytest.fixture
def filled(repository: EntryRepository) -> EntryRepository:
    image = ImageStore(repository._conn).add(png_bytes())
    repository.add(
        "First", "<p>Hello <b>world</b></p>", created=datetime(2025, 12, 31, 22, 5, tzinfo=UTC)
    )
    repository.add(
        "Picture",
        f'<p>Look:</p><img src="{image.url}">',
        created=datetime(2026, 1, 2, 8, tzinfo=UTC),
    )
    repository.add(
        'Quotes "and" ünïcode', "<p>a &amp; b</p>", created=datetime(2026, 2, 3, 9, 30, tzinfo=UTC)
    )
    return repository
