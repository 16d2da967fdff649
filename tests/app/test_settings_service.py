"""The settings service: one Preferences value, saved and announced by one signal."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_blog.app.settings_service import SettingsService, preferences_of
from desktop_blog.config import SettingsError, load_settings, write_settings
from desktop_blog.domain.preferences import Preferences


def test_saving_writes_the_file_and_announces_the_new_value(
    qtbot: QtBot, settings_file: Path
) -> None:
    service = SettingsService(load_settings(settings_file))
    chosen = replace(service.preferences, theme="dark", auto_lock_minutes=3)
    with qtbot.waitSignal(service.changed) as blocker:
        service.save(chosen)
    assert blocker.args == [chosen]
    assert preferences_of(load_settings(settings_file)) == chosen
    assert load_settings(settings_file).username == "alice"  # credentials kept


def test_saving_the_same_value_announces_nothing(qtbot: QtBot, settings_file: Path) -> None:
    service = SettingsService(load_settings(settings_file))
    with qtbot.assertNotEmitted(service.changed):
        service.save(service.preferences)


def test_a_bad_value_raises_and_changes_nothing(qtbot: QtBot, settings_file: Path) -> None:
    service = SettingsService(load_settings(settings_file))
    before = settings_file.read_bytes()
    with qtbot.assertNotEmitted(service.changed), pytest.raises(SettingsError):
        service.save(replace(service.preferences, database=Path("relative.db")))
    assert settings_file.read_bytes() == before
    assert service.preferences.database.is_absolute()


def test_values_in_the_file_are_read_through_the_declaration(settings_file: Path) -> None:
    write_settings(settings_file, {"theme": "light", "auto_lock_minutes": 0})
    loaded = preferences_of(load_settings(settings_file))
    assert (loaded.theme, loaded.auto_lock_minutes) == ("light", 0)
    assert loaded == Preferences(theme="light", auto_lock_minutes=0, database=loaded.database)
