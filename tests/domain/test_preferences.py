"""The declared preferences: defaults, validation of loaded values, the changed names."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop_blog.domain.preferences import Kind, Preferences, changed_names, declared


def test_every_field_is_declared_with_a_label_and_a_kind() -> None:
    names = [d.name for d in declared()]
    assert names == [
        "theme",
        "default_format",
        "auto_lock_minutes",
        "database",
        "language",
        "spell_language",
    ]
    assert all(d.label and isinstance(d.kind, Kind) for d in declared())
    assert Preferences().as_values()["theme"] == "system"


def test_with_values_keeps_only_valid_declared_values() -> None:
    loaded = Preferences().with_values(
        {"theme": "dark", "default_format": "rtf", "auto_lock_minutes": 5000, "colour": "red"}
    )
    assert (loaded.theme, loaded.default_format, loaded.auto_lock_minutes) == ("dark", "html", 10)
    assert Preferences().with_values({"auto_lock_minutes": True}).auto_lock_minutes == 10


def test_language_is_the_system_s_or_a_shipped_one() -> None:
    assert Preferences().language == ""
    assert Preferences().with_values({"language": "de"}).language == "de"
    assert Preferences().with_values({"language": "xx"}).language == ""


def test_changed_names() -> None:
    before = Preferences(database=Path("/a.db"))
    after = replace(before, theme="light", database=Path("/b.db"))
    assert changed_names(before, after) == {"theme", "database"}
    assert changed_names(before, before) == frozenset()


def test_language_names_are_shown_as_written_and_the_note_names_the_app() -> None:
    (language,) = [d for d in declared() if d.name == "language"]
    assert language.choice_text("de") == "Deutsch"
    assert language.choice_text("fr") == "Français"
    assert language.choice_text("") == "Follow the system"
    assert language.untranslated == frozenset({"en", "de", "es", "fr"})
    assert language.shown_note() == "A new language is used the next time Desktop Blog starts."
    (theme,) = [d for d in declared() if d.name == "theme"]
    assert theme.untranslated == frozenset()
    assert theme.shown_note() == ""
