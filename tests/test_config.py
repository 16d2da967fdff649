from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop_blog.config import (
    SettingsError,
    default_database_path,
    default_settings_path,
    load_settings,
    named_settings_path,
    save_credentials,
    write_settings,
)
from tests.catalogues import marked


def test_defaults_live_in_the_user_dirs(isolated_dirs: Path) -> None:
    settings = load_settings()
    assert settings.database == default_database_path()
    assert str(settings.database).startswith(str(isolated_dirs / "xdg-data"))
    assert settings.path == default_settings_path()
    assert str(settings.path).startswith(str(isolated_dirs / "xdg-config"))
    assert not settings.has_credentials


def test_named_file_overrides_user_file(tmp_path: Path) -> None:
    write_settings(default_settings_path(), {"database": "/tmp/user.db", "username": "u"})
    named = tmp_path / "named.toml"
    named.write_text('username = "n"\n')
    settings = load_settings(named)
    assert settings.username == "n"
    assert settings.database == Path("/tmp/user.db")
    assert settings.path == named


def test_environment_names_settings_and_cli_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKTOP_BLOG_SETTINGS", str(tmp_path / "env.toml"))
    assert named_settings_path() == tmp_path / "env.toml"
    assert named_settings_path(str(tmp_path / "cli.toml")) == tmp_path / "cli.toml"


def test_relative_database_is_next_to_the_settings_file(tmp_path: Path) -> None:
    named = tmp_path / "s.toml"
    named.write_text('database = "sub/j.db"\n')
    assert load_settings(named).database == tmp_path / "sub" / "j.db"


def test_missing_named_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"nope\.toml does not exist"):
        load_settings(tmp_path / "nope.toml")


def test_malformed_toml_names_file_and_line(tmp_path: Path) -> None:
    named = tmp_path / "bad.toml"
    named.write_text('username = "a"\npassword_hash = \n')
    with pytest.raises(SettingsError, match=r"bad\.toml is not valid TOML.*line 2"):
        load_settings(named)


def test_wrong_type_is_a_clear_error(tmp_path: Path) -> None:
    named = tmp_path / "typed.toml"
    named.write_text("database = 42\n")
    with pytest.raises(SettingsError, match=r"'database' must be a string \(found int\)"):
        load_settings(named)


def test_plain_text_password_hash_is_refused(tmp_path: Path) -> None:
    named = tmp_path / "plain.toml"
    named.write_text('username = "a"\npassword_hash = "hunter2"\n')
    with pytest.raises(SettingsError, match="not a Desktop Blog password hash"):
        load_settings(named)


def test_non_utf8_and_folder_are_clear_errors(tmp_path: Path) -> None:
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(SettingsError, match="not UTF-8"):
        load_settings(binary)
    with pytest.raises(SettingsError, match="is a folder"):
        load_settings(tmp_path)


def test_save_credentials_is_owner_only_and_keeps_other_keys(
    tmp_path: Path, password_hash: str
) -> None:
    named = tmp_path / "s.toml"
    named.write_text('database = "j.db"\nfuture_option = 3\n')
    saved = save_credentials(load_settings(named), 'bob "the" builder', password_hash)
    assert stat.S_IMODE(named.stat().st_mode) == 0o600
    reloaded = load_settings(named)
    assert reloaded.username == saved.username == 'bob "the" builder'
    assert reloaded.password_hash == password_hash
    assert reloaded.database == tmp_path / "j.db"
    assert "future_option = 3" in named.read_text()
    assert not list(tmp_path.glob(".*.tmp"))


def test_unwritable_settings_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(SettingsError, match="Cannot write the settings file"):
        write_settings(blocker / "s.toml", {"username": "a"})


def test_backup_settings_default_and_override(tmp_path: Path) -> None:
    named = tmp_path / "s.toml"
    write_settings(named, {"database": "j.sqlite3"})
    settings = load_settings(named)
    assert settings.backups == tmp_path / "backups"
    assert settings.backup_keep == 7
    write_settings(named, {"backup_folder": "bk", "backup_keep": 3})
    settings = load_settings(named)
    assert (settings.backups, settings.backup_keep) == (tmp_path / "bk", 3)


@pytest.mark.parametrize("value", ["0", '"three"', "true"])
def test_bad_backup_keep_is_explained(tmp_path: Path, value: str) -> None:
    named = tmp_path / "s.toml"
    named.write_text(f"backup_keep = {value}\n")
    with pytest.raises(SettingsError, match="'backup_keep' must be a whole number"):
        load_settings(named)


def test_preferences_have_defaults_and_are_validated(tmp_path: Path) -> None:
    settings = load_settings()
    assert (settings.theme, settings.default_format) == ("system", "html")
    named = tmp_path / "prefs.toml"
    named.write_text('theme = "dark"\ndefault_format = "markdown"\n')
    loaded = load_settings(named)
    assert (loaded.theme, loaded.default_format) == ("dark", "markdown")
    named.write_text('theme = "purple"\n')
    with pytest.raises(SettingsError, match=r"'theme' must be one of 'system', 'light', 'dark'"):
        load_settings(named)
    named.write_text("default_format = 3\n")
    with pytest.raises(SettingsError, match=r"'default_format' must be one of .*found a int"):
        load_settings(named)


def test_save_preferences_persists_and_keeps_credentials(
    tmp_path: Path, settings_file: Path
) -> None:
    from desktop_blog.config import save_preferences

    settings = load_settings(settings_file)
    new_db = tmp_path / "elsewhere" / "j.sqlite3"
    saved = save_preferences(settings, theme="light", default_format="markdown", database=new_db)
    assert (saved.theme, saved.default_format, saved.database) == ("light", "markdown", new_db)
    again = load_settings(settings_file)
    assert (again.theme, again.default_format, again.database) == ("light", "markdown", new_db)
    assert again.password_hash == settings.password_hash
    with pytest.raises(SettingsError, match="must be one of"):
        save_preferences(settings, theme="neon", default_format="html", database=new_db)
    with pytest.raises(SettingsError, match="full path"):
        save_preferences(settings, theme="dark", default_format="html", database=Path("rel.db"))
    assert load_settings(settings_file).theme == "light"


@pytest.mark.parametrize("value", ['"ten"', "-1", "100000", "true", "2.5"])
def test_auto_lock_minutes_must_be_a_sane_whole_number(tmp_path: Path, value: str) -> None:
    path = tmp_path / "named.toml"
    path.write_text(f"auto_lock_minutes = {value}\n")
    with pytest.raises(SettingsError, match="'auto_lock_minutes' must be a whole number") as info:
        load_settings(path)
    assert str(path) in str(info.value)


def test_auto_lock_minutes_default_and_zero(tmp_path: Path) -> None:
    path = tmp_path / "named.toml"
    path.write_text("")
    assert load_settings(path).auto_lock_minutes == 10
    path.write_text("auto_lock_minutes = 0\n")
    assert load_settings(path).auto_lock_minutes == 0


def test_binary_settings_file_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "named.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SettingsError, match="not UTF-8 text"):
        load_settings(path)


def test_saving_credentials_keeps_auto_lock(tmp_path: Path) -> None:
    path = tmp_path / "named.toml"
    path.write_text("auto_lock_minutes = 3\n")
    saved = save_credentials(load_settings(path), "bob", "scrypt$ln=4,r=8,p=1$AAAA$AAAA")
    assert saved.auto_lock_minutes == 3
    assert load_settings(path).auto_lock_minutes == 3


def test_settings_errors_are_translated_with_the_file_and_key_filled_in(tmp_path: Path) -> None:
    path = tmp_path / "named.toml"
    path.write_text("backup_keep = 0\n")
    with marked("SettingsErrors"), pytest.raises(SettingsError) as info:
        load_settings(path)
    assert str(info.value) == (
        f"«In the settings file {path}, 'backup_keep' must be a whole number of at least 1"
        " (found 0).»"
    )
