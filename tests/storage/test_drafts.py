from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop_blog.storage.drafts import Draft, DraftError, DraftStore, draft_path_for


@pytest.fixture
def store(db_path: Path) -> DraftStore:
    return DraftStore(draft_path_for(db_path))


def test_draft_lives_next_to_the_journal(db_path: Path) -> None:
    assert draft_path_for(db_path) == db_path.with_name("journal.sqlite3.draft.json")


def test_save_load_clear(store: DraftStore) -> None:
    assert store.load() is None
    store.save(Draft("Title \u202e", "<p>body \ud800 half</p>"))
    assert store.load() == Draft("Title \u202e", "<p>body \ud800 half</p>")
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    store.clear()
    assert store.load() is None
    assert not store.path.exists()
    store.clear()  # clearing twice is fine


def test_empty_draft_clears(store: DraftStore) -> None:
    store.save(Draft("x", ""))
    store.save(Draft("", ""))
    assert not store.path.exists()


def test_damaged_draft_is_ignored(store: DraftStore) -> None:
    store.path.write_text('{"version": 1, "title": 3')
    assert store.load() is None
    store.path.write_text('{"version": 1, "title": 3, "body": "x"}')
    assert store.load() is None


def test_failed_save_keeps_the_previous_draft(store: DraftStore) -> None:
    store.save(Draft("old", "kept"))
    store.path.with_name(f".{store.path.name}.tmp").mkdir()  # the temp file cannot be made
    with pytest.raises(DraftError, match="could not be saved"):
        store.save(Draft("new", "lost"))
    assert store.load() == Draft("old", "kept")
