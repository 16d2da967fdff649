"""The rescue offer for a damaged journal: restore the newest verified backup, or salvage."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_blog import APP_NAME
from desktop_blog.i18n import translate
from desktop_blog.storage.rescue import BackupOffer, JournalHealth


class RescueChoice(enum.Enum):
    """What the person chose in the rescue dialog."""

    RESTORE = "restore"
    SALVAGE = "salvage"
    NOT_NOW = "not now"


def backup_date(offer: BackupOffer) -> str:
    """When the backup was made, in the user's locale and local time."""
    made = QDateTime.fromSecsSinceEpoch(int(offer.made.timestamp()))
    return QLocale().toString(made.toLocalTime(), QLocale.FormatType.LongFormat)


def damaged_parts(health: JournalHealth) -> str:
    """The damaged parts as a list in the user's language ("entries and images")."""
    return QLocale().createSeparatedList([translate("Rescue", part) for part in health.damaged])


class RescueDialog(QDialog):
    """Says which file is damaged and what, and offers the two ways out.

    :meth:`choice` is what was chosen once the dialog is closed (``NOT_NOW`` when it was
    closed otherwise).
    """

    def __init__(
        self,
        health: JournalHealth,
        offer: BackupOffer | None,
        backup_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rescueDialog")
        self.setWindowTitle(self.tr("The journal is damaged — {app}").format(app=APP_NAME))
        self._choice = RescueChoice.NOT_NOW
        heading = QLabel(self.tr("Your journal is damaged"), self)
        heading.setObjectName("dialogHeading")
        self.explanation = QLabel(
            self.tr(
                "The journal file {file} is damaged. Damaged: {parts}.\n\nWhat is on the damaged pages cannot be read, and nothing more is written to the file. Choose how to go on; either way the damaged file is kept aside, untouched."  # noqa: E501
            ).format(file=health.path, parts=damaged_parts(health)),
            self,
        )
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("rescueRestoreButton")
        if offer is not None:
            self.restore_button.setText(
                self.tr("Restore the backup of {date}").format(date=backup_date(offer))
            )
            restore_text = self.tr(
                "%Ln entries, verified. Entries written after it are not in it. ({file})",
                "",
                offer.entries,
            ).format(file=offer.path.name)
        else:
            self.restore_button.setText(self.tr("Restore a backup"))
            self.restore_button.setEnabled(False)
            restore_text = self.tr("No backup that verifies was found in {folder}.").format(
                folder=backup_folder
            )
        self.restore_detail = QLabel(restore_text, self)
        self.salvage_button = QPushButton(self.tr("Salvage the readable entries"), self)
        self.salvage_button.setObjectName("rescueSalvageButton")
        self.salvage_detail = QLabel(
            self.tr(
                "Copies every entry, tag and image that can still be read into a new journal and says how many were saved and lost."  # noqa: E501
            ),
            self,
        )
        self.not_now_button = QPushButton(self.tr("Not now"), self)
        self.not_now_button.setObjectName("rescueNotNowButton")
        for label in (self.explanation, self.restore_detail, self.salvage_detail):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for detail in (self.restore_detail, self.salvage_detail):
            detail.setObjectName("rescueDetail")
            detail.setIndent(12)
        (self.restore_button if offer is not None else self.salvage_button).setDefault(True)
        self.restore_button.clicked.connect(lambda: self._choose(RescueChoice.RESTORE))
        self.salvage_button.clicked.connect(lambda: self._choose(RescueChoice.SALVAGE))
        self.not_now_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        for button, detail in (
            (self.restore_button, self.restore_detail),
            (self.salvage_button, self.salvage_detail),
        ):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(detail)
            layout.addSpacing(4)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.not_now_button)
        layout.addLayout(bottom)
        self.setMinimumWidth(460)
        self.setMaximumWidth(640)

    def _choose(self, choice: RescueChoice) -> None:
        self._choice = choice
        self.accept()

    def choice(self) -> RescueChoice:
        return (
            self._choice if self.result() == QDialog.DialogCode.Accepted else RescueChoice.NOT_NOW
        )
