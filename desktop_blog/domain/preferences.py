"""The user's preferences: one frozen value, each field declared with its label and kind.

Adding a preference means adding a field here: the settings service loads and saves it, and
the Preferences dialog builds its row from the declaration (:func:`declared`).
Labels, choices, notes and ``zero_text`` are marked for translation in the "Preferences"
context and translated where they are shown (:meth:`Declaration.shown`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop_blog import APP_NAME
from desktop_blog.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, translate


class Kind(StrEnum):
    """How a preference is chosen in the dialog."""

    CHOICE = "choice"  # one of ``choices`` (value -> label)
    MINUTES = "minutes"  # a whole number from ``low`` to ``high``; 0 shown as ``zero_text``
    FILE = "file"  # a file's full path
    LANGUAGE = "language"  # an installed dictionary's language tag, or "" for none


@dataclass(frozen=True)
class Declaration:
    """What the dialog needs to show one preference."""

    name: str
    label: str
    kind: Kind
    default: object
    choices: Mapping[str, str] = field(default_factory=dict)
    low: int = 0
    high: int = 0
    zero_text: str = ""
    note: str = ""
    # Choices whose labels are names shown as they are written (the languages, each in its own).
    untranslated: frozenset[str] = frozenset()

    def shown(self, text: str) -> str:
        """``text`` (this declaration's label or zero text) in the user's language."""
        return translate("Preferences", text) if text else text

    def shown_note(self) -> str:
        """The note in the user's language, the app named ("" when there is none)."""
        return self.shown(self.note).format(app=APP_NAME)

    def choice_text(self, key: str) -> str:
        """The label of the choice ``key`` as the dialog shows it."""
        text = self.choices[key]
        return text if key in self.untranslated else self.shown(text)

    def accepts(self, value: object) -> bool:
        """Whether ``value`` is a valid value of this preference."""
        if self.kind is Kind.CHOICE:
            return isinstance(value, str) and value in self.choices
        if self.kind is Kind.MINUTES:
            return type(value) is int and self.low <= value <= self.high
        if self.kind is Kind.LANGUAGE:
            return isinstance(value, str) and (value == "" or bool(_LANGUAGE_TAG.fullmatch(value)))
        return isinstance(value, Path)


MAX_AUTO_LOCK_MINUTES = 24 * 60
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8}){0,2}")
THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("Preferences", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Preferences", "Light"),
    "dark": QT_TRANSLATE_NOOP("Preferences", "Dark"),
}
FORMAT_LABELS = {
    "html": QT_TRANSLATE_NOOP("Preferences", "HTML"),
    "markdown": QT_TRANSLATE_NOOP("Preferences", "Markdown"),
}
DATABASE_NOTE = QT_TRANSLATE_NOOP(
    "Preferences", "A new journal location is used the next time {app} starts."
)
# "" follows the system; the others are shown in their own language, never translated.
LANGUAGE_LABELS = {"": QT_TRANSLATE_NOOP("Preferences", "Follow the system"), **LANGUAGE_NAMES}
LANGUAGE_NOTE = QT_TRANSLATE_NOOP(
    "Preferences", "A new language is used the next time {app} starts."
)


def _meta(label: str, kind: Kind, **more: Any) -> dict[str, Any]:
    return {"label": label, "kind": kind, **more}


@dataclass(frozen=True)
class Preferences:
    """Every preference with its default; the metadata declares how it is chosen."""

    theme: str = field(
        default="system",
        metadata=_meta(
            QT_TRANSLATE_NOOP("Preferences", "&Theme"), Kind.CHOICE, choices=THEME_LABELS
        ),
    )
    default_format: str = field(
        default="html",
        metadata=_meta(
            QT_TRANSLATE_NOOP("Preferences", "Default &format"),
            Kind.CHOICE,
            choices=FORMAT_LABELS,
        ),
    )
    auto_lock_minutes: int = field(
        default=10,
        metadata=_meta(
            QT_TRANSLATE_NOOP("Preferences", "&Lock after"),
            Kind.MINUTES,
            low=0,
            high=MAX_AUTO_LOCK_MINUTES,
            zero_text=QT_TRANSLATE_NOOP("Preferences", "Never"),
        ),
    )
    database: Path = field(
        default=Path(),
        metadata=_meta(
            QT_TRANSLATE_NOOP("Preferences", "&Journal file"), Kind.FILE, note=DATABASE_NOTE
        ),
    )
    language: str = field(
        default="",
        metadata=_meta(
            QT_TRANSLATE_NOOP("Preferences", "Lan&guage"),
            Kind.CHOICE,
            choices=LANGUAGE_LABELS,
            note=LANGUAGE_NOTE,
            untranslated=frozenset(LANGUAGE_NAMES),
        ),
    )
    spell_language: str = field(
        default="en_US",
        metadata=_meta(
            QT_TRANSLATE_NOOP("Preferences", "&Spelling"),
            Kind.LANGUAGE,
            zero_text=QT_TRANSLATE_NOOP("Preferences", "Off"),
        ),
    )

    def with_values(self, values: Mapping[str, object]) -> Preferences:
        """A copy with the valid declared values found in ``values`` (others are ignored)."""
        accepted: dict[str, Any] = {
            d.name: values[d.name]
            for d in declared()
            if d.name in values and d.accepts(values[d.name])
        }
        return replace(self, **accepted)

    def as_values(self) -> dict[str, object]:
        """Name -> value of every preference, as the settings file stores it."""
        return {d.name: getattr(self, d.name) for d in declared()}


def declared() -> tuple[Declaration, ...]:
    """Every preference's declaration, in the dialog's order."""
    found = []
    for item in fields(Preferences):
        meta = dict(item.metadata)
        found.append(
            Declaration(
                name=item.name,
                label=str(meta.pop("label")),
                kind=Kind(meta.pop("kind")),
                default=item.default,
                **meta,
            )
        )
    return tuple(found)


def changed_names(before: Preferences, after: Preferences) -> frozenset[str]:
    """The names of the preferences that differ."""
    return frozenset(
        d.name for d in declared() if getattr(before, d.name) != getattr(after, d.name)
    )
