"""The tag list: choosing a tag filters the entries; "All entries" clears the tag."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QListView, QWidget

from desktop_blog.models.tag_model import TagListModel, TagRole


class TagPanel(QListView):
    """Emits ``tag_chosen(tag or None)`` on a click or Enter."""

    tag_chosen = Signal(object)

    def __init__(self, model: TagListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagPanel")
        self.setAccessibleName(self.tr("Tags"))
        self.setModel(model)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self._model = model
        self.clicked.connect(self._choose)
        self.activated.connect(self._choose)

    def show_tag(self, tag: str | None) -> None:
        """Highlight ``tag``'s row without emitting anything."""
        row = self._model.row_of(tag)
        if row >= 0:
            self.setCurrentIndex(self._model.index(row, 0))
        else:
            self.clearSelection()

    def _choose(self, index: QModelIndex) -> None:
        self.tag_chosen.emit(index.data(TagRole.TAG))
