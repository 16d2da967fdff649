from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
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
    assert model.index(0, 0).data() == ALL_ENTRIES == "All entries"
    assert model.index(0, 0).data(TagRole.TAG) is None
    assert model.index(0, 0).data(TagRole.COUNT) == sum(n for _, n in counts)
    for row, (tag, count) in enumerate(counts, start=1):
        index = model.index(row, 0)
        assert index.data() == f"\u2068#{tag}\u2069  ({count})"  # the tag isolated (FSI, PDI)
        assert index.data(TagRole.TAG) == tag
        assert index.data(TagRole.COUNT) == count
        # Qt's plural: "1 entry" comes from the English catalogue, "%n entries" is the source.
        accessible = index.data(Qt.ItemDataRole.AccessibleTextRole)
        assert accessible.startswith(f"Tag \u2068{tag}\u2069, {count} entr")
        if count != 1:
            assert accessible == f"Tag \u2068{tag}\u2069, {count} entries"
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


def test_counts_follow_the_locale(qtbot: QtBot) -> None:
    model = TagListModel()
    model.set_counts([("garden", 1200)])
    assert model.index(1, 0).data() == "\u2068#garden\u2069  (1,200)"
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert model.index(1, 0).data() == "\u2068#garden\u2069  (1.200)"
        assert model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole) == (
            "Tag \u2068garden\u2069, 1.200 entries"
        )
    finally:
        QLocale.setDefault(QLocale("en_US"))
