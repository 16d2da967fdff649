"""An import file is decoded and parsed in slices (for the GUI thread's sake) exactly as in one
piece, reporting progress and honouring Cancel while it is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_blog.storage import EntryRepository
from desktop_blog.storage.progress import Cancelled
from desktop_blog.transfer.importers import IMPORT_STEPS, READ_STEPS, _utf8_chunks, import_file


def test_characters_split_between_slices_are_decoded_whole() -> None:
    text = "é€𝄞 plain"
    assert "".join(_utf8_chunks(text.encode("utf-8"), step=1)) == text
    assert "".join(_utf8_chunks(text.encode("utf-8"), step=3)) == text
    assert "".join(_utf8_chunks(b"")) == ""


def test_bad_utf8_is_refused_wherever_it_is() -> None:
    with pytest.raises(UnicodeDecodeError):
        "".join(_utf8_chunks("ok é".encode() + b"\xff" + b"more", step=2))
    with pytest.raises(UnicodeDecodeError):
        "".join(_utf8_chunks("cut off é".encode()[:-1], step=4))  # an incomplete last character


def test_decoding_reports_the_bytes_done() -> None:
    reports: list[tuple[int, int]] = []
    chunks = _utf8_chunks(b"x" * 10, lambda done, total: reports.append((done, total)) or True, 4)
    assert list(chunks) == ["xxxx", "xxxx", "xx"]
    assert reports == [(4, 10), (8, 10), (10, 10)]


def test_a_large_list_is_released_slice_by_slice_to_the_last_item() -> None:
    from desktop_blog.transfer.journal_data import release_in_slices

    items = [{"n": n} for n in range(2500)]
    kept = items[1234]
    release_in_slices(items, step=1000)
    assert items == []
    assert kept == {"n": 1234}  # what is still referenced elsewhere stays


def big_export(path: Path, entries: int = 60) -> Path:
    """A JSON export of ``entries`` entries of about 50 KB each: three MiB or more to decode."""
    path.write_text(
        json.dumps(
            {
                "format": "desktop-blog",
                "version": 2,
                "entries": [
                    {
                        "id": n + 1,
                        "title": f"Entry {n + 1}",
                        "text": "<p>" + f"word{n} " * 7500 + "</p>",
                        "created": f"2024-01-{n % 28 + 1:02d}T08:00:00+00:00",
                    }
                    for n in range(entries)
                ],
                "images": [],
            }
        ),
        encoding="utf-8",
    )
    return path


def test_a_large_file_reports_progress_while_it_is_read(
    repository: EntryRepository, tmp_path: Path
) -> None:
    source = big_export(tmp_path / "big.json")
    seen: list[tuple[int, int, int]] = []  # (done, total, entries in the journal then)

    def progress(done: int, total: int) -> bool:
        seen.append((done, total, repository.count()))
        return True

    report = import_file(repository._conn, source, progress=progress)
    assert report.added == 60
    reading = [done for done, _total, count in seen if done <= READ_STEPS and count == 0]
    assert len(reading) >= 3  # one report per MiB read, before anything was added
    assert reading == sorted(reading)
    assert [done for done, *_ in seen] == sorted(done for done, *_ in seen)  # one bar, forward
    assert {total for _done, total, _count in seen} == {IMPORT_STEPS}
    assert seen[-1][:2] == (IMPORT_STEPS, IMPORT_STEPS)


def test_cancel_while_the_file_is_read_stops_reading_and_adds_nothing(
    repository: EntryRepository, tmp_path: Path
) -> None:
    source = big_export(tmp_path / "big.json")
    calls: list[int] = []

    def cancel_at_the_first_report(done: int, _total: int) -> bool:
        calls.append(done)
        return False

    with pytest.raises(Cancelled):
        import_file(repository._conn, source, progress=cancel_at_the_first_report)
    assert calls == [READ_STEPS * (1 << 20) // source.stat().st_size]  # after the first MiB
    assert repository.count() == 0
