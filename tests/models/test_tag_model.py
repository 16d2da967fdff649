from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_blog.models.tag_model import ALL_ENTRIES, TagListModel, TagRole

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.mark.parametrize("counts", [[], [("travel", 2)], [("food", 3), ("travel", 2), ("x", 1)]])
def test_tag_model_passes_the_model_tester(qtbot: QtBot, counts: list[tuple[str, int]]) -> None:
    model = TagListModel()
    QAbstractItemModelTester(model, FATAL)
    with qtbot.waitSignal(model.modelReset, raising=False, timeout=100):
        model.set_counts(counts)
    assert model.rowCount() == len(counts) + 1
    assert model.index(0, 0).data() == ALL_ENTRIES
    assert model.index(0, 0).data(TagRole.TAG) is None
    assert model.index(0, 0).data(TagRole.COUNT) == sum(n for _, n in counts)
    for row, (tag, count) in enumerate(counts, start=1):
        index = model.index(row, 0)
        assert index.data() == f"#{tag}  ({count})"
        assert index.data(TagRole.TAG) == tag
        assert index.data(TagRole.COUNT) == count
        assert (
            index.data(Qt.ItemDataRole.AccessibleTextRole)
            == f"Tag {tag}, {count} entr{'y' if count == 1 else 'ies'}"
        )
        assert model.row_of(tag) == row
    model.set_counts([("new", 1)])
    assert model.rowCount() == 2


def test_unchanged_counts_do_not_reset(qtbot: QtBot) -> None:
    model = TagListModel()
    model.set_counts([("a", 1)])
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_counts([("a", 1)])
    assert model.row_of(None) == 0
    assert model.row_of("missing") == -1
    assert model.index(5, 0).data() is None
    assert model.rowCount(model.index(0, 0)) == 0
