"""The questions of the upgrade from a plain journal: encrypt it? the password? old backups?

Each is a small modal function returning the answer, so the caller (and tests) never poke
at the dialogs' widgets.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QAbstractButton, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate

# Marked in the "EncryptOffer" context: show them through translate("EncryptOffer", ...).
OFFER_TITLE = QT_TRANSLATE_NOOP("EncryptOffer", "Encrypt your journal")
OFFER_QUESTION = QT_TRANSLATE_NOOP("EncryptOffer", "Encrypt your journal now?")
OFFER_DETAILS = QT_TRANSLATE_NOOP(
    "EncryptOffer",
    "It is not encrypted: anyone who can read the file\n{path}\ncan read your entries. Encrypting it with your password takes a moment; you will then see your recovery key.",  # noqa: E501
)


def offer_title() -> str:
    """The title of the offer's windows, in the user's language."""
    return translate("EncryptOffer", OFFER_TITLE)


class BackupChoice(Enum):
    """What to do with the plain backups made before the journal was encrypted."""

    ENCRYPT = "encrypt"
    DELETE = "delete"
    KEEP = "keep"


def offer_box(parent: QWidget | None, path: str) -> tuple[QMessageBox, QAbstractButton]:
    """The offer's message box (not shown) and its "Encrypt now" button."""
    box = QMessageBox(parent)
    box.setObjectName("encryptOffer")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(offer_title())
    box.setText(translate("EncryptOffer", OFFER_QUESTION))
    box.setInformativeText(translate("EncryptOffer", OFFER_DETAILS).format(path=path))
    encrypt = box.addButton(
        translate("EncryptOffer", "Encrypt now"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(translate("EncryptOffer", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(encrypt)
    box.setEscapeButton(later)
    return box, encrypt


def offer_encryption(parent: QWidget | None, path: str) -> bool:
    """Ask "Encrypt now" / "Not now"; True to encrypt."""
    box, encrypt = offer_box(parent, path)
    box.exec()
    chosen = box.clickedButton() is encrypt
    box.deleteLater()
    return chosen


def ask_password(parent: QWidget | None) -> str | None:
    """The login password again (it becomes the key's); ``None`` if cancelled."""
    text, accepted = QInputDialog.getText(
        parent,
        offer_title(),
        translate("EncryptOffer", "Type your password to encrypt the journal with it:"),
        QLineEdit.EchoMode.Password,
    )
    return text if accepted and text else None


class PlainBackupsQuestion(QMessageBox):
    """Asks what to do with ``count`` plain backups; :meth:`choice` once it is answered."""

    def __init__(self, parent: QWidget | None, count: int) -> None:
        super().__init__(parent)
        self.setObjectName("plainBackupsQuestion")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Backups made earlier"))
        self.setText(
            self.tr(
                "%Ln backups made before are still plain (not encrypted): anyone who can read them can read the entries they hold. Encrypt them with the journal's key, or delete them?",  # noqa: E501
                "",
                count,
            )
        )
        self._encrypt = self.addButton(self.tr("Encrypt them"), QMessageBox.ButtonRole.AcceptRole)
        self._delete = self.addButton(
            self.tr("Delete them"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = self.addButton(self.tr("Keep them plain"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self._encrypt)
        self.setEscapeButton(keep)

    def choice(self) -> BackupChoice:
        """What the clicked button chose (keeping them when the box was closed otherwise)."""
        clicked = self.clickedButton()
        if clicked is self._encrypt:
            return BackupChoice.ENCRYPT
        if clicked is self._delete:
            return BackupChoice.DELETE
        return BackupChoice.KEEP


def ask_about_plain_backups(parent: QWidget | None, count: int) -> BackupChoice:
    """The backups made earlier are still plain: encrypt them, delete them, or keep them."""
    box = PlainBackupsQuestion(parent, count)
    box.exec()
    chosen = box.choice()
    box.deleteLater()
    return chosen
