"""Settings: a TOML file in the user's config folder, overridable by a named file.

Precedence (later wins): built-in defaults, the user settings file, then the file named by
``--settings`` or the ``DESKTOP_BLOG_SETTINGS`` environment variable (like Flaskr's
``FLASKR_SETTINGS``). Credentials are written back to the named file if there is one,
otherwise to the user settings file.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from desktop_blog import APP_ID
from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate
from desktop_blog.passwords import PasswordHashError, check_hash
from desktop_blog.private_file import write_private_text
from desktop_blog.safe_input import (
    MAX_SETTINGS_BYTES,
    InputError,
    load_toml,
    read_input_text,
)

SETTINGS_ENV = "DESKTOP_BLOG_SETTINGS"
SETTINGS_FILENAME = "settings.toml"
DATABASE_FILENAME = "journal.sqlite3"
_STRING_KEYS = ("database", "username", "password_hash", "backup_folder")
DEFAULT_BACKUP_KEEP = 7
# Preferences with a fixed set of values: key -> allowed values; the first is the default.
CHOICE_KEYS: dict[str, tuple[str, ...]] = {
    "theme": ("system", "light", "dark"),
    "default_format": ("html", "markdown"),
}
DEFAULT_AUTO_LOCK_MINUTES = 10
MAX_AUTO_LOCK_MINUTES = 24 * 60


# key -> (smallest, largest, the message when out of range; translated where it is raised)
_WHOLE_NUMBER_KEYS: dict[str, tuple[int, int, str]] = {
    "backup_keep": (
        1,
        10_000,
        QT_TRANSLATE_NOOP(
            "SettingsErrors",
            "In the settings file {path}, '{key}' must be a whole number of at least {low} (found {found}).",  # noqa: E501
        ),
    ),
    "auto_lock_minutes": (
        0,
        MAX_AUTO_LOCK_MINUTES,
        QT_TRANSLATE_NOOP(
            "SettingsErrors",
            "In the settings file {path}, '{key}' must be a whole number of minutes from 0 (never) to {high} (found {found}).",  # noqa: E501
        ),
    ),
}


class SettingsError(RuntimeError):
    """The settings cannot be used; the message names the file and the problem."""


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_settings_path() -> Path:
    return user_config_dir() / SETTINGS_FILENAME


def default_database_path() -> Path:
    return user_data_dir() / DATABASE_FILENAME


@dataclass(frozen=True)
class Settings:
    """The values the app runs with and the file they are saved to."""

    database: Path
    username: str | None
    password_hash: str | None
    path: Path
    backup_folder: Path | None = None  # default: "backups" beside the journal
    backup_keep: int = DEFAULT_BACKUP_KEEP

    @property
    def backups(self) -> Path:
        """The folder automatic and manual backups go to."""
        return self.backup_folder or self.database.parent / "backups"

    theme: str = "system"
    default_format: str = "html"
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES  # 0: never lock when idle
    # Every value read from the settings files, for preferences this module does not check.
    file_values: Mapping[str, object] = field(default_factory=dict, compare=False)

    @property
    def has_credentials(self) -> bool:
        """A username and a verifier: the password hash (plain journals of earlier
        versions) or the journal's key file (encrypted journals)."""
        if not self.username:
            return False
        return (
            bool(self.password_hash)
            or self.database.with_name(f"{self.database.name}.key").is_file()
        )


def _read_toml(path: Path) -> dict[str, object]:
    try:
        text = read_input_text(path, MAX_SETTINGS_BYTES, "settings file")
        return load_toml(text)
    except InputError as exc:
        if not path.exists() and not path.is_symlink():
            raise SettingsError(
                translate("SettingsErrors", "The settings file {path} does not exist.").format(
                    path=path
                )
            ) from exc
        raise SettingsError(
            translate("SettingsErrors", "The settings file {path} cannot be used: {error}.").format(
                path=path, error=exc
            )
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(
            translate(
                "SettingsErrors", "The settings file {path} is not valid TOML: {error}."
            ).format(path=path, error=exc)
        ) from exc


def _apply(values: dict[str, object], data: dict[str, object], path: Path) -> None:
    for key in _STRING_KEYS:
        if key not in data:
            continue
        value = data[key]
        if not isinstance(value, str):
            raise SettingsError(
                translate(
                    "SettingsErrors",
                    "In the settings file {path}, '{key}' must be a string (found {type}).",
                ).format(path=path, key=key, type=type(value).__name__)
            )
        if key in ("database", "backup_folder"):
            db = Path(value).expanduser()
            values[key] = db if db.is_absolute() else path.parent / db
        else:
            values[key] = value
    _apply_choices(values, data, path)
    for key, (low, high, message) in _WHOLE_NUMBER_KEYS.items():
        if key not in data:
            continue
        number = data[key]
        if not isinstance(number, int) or isinstance(number, bool) or not low <= number <= high:
            raise SettingsError(
                translate("SettingsErrors", message).format(
                    path=path, key=key, low=low, high=high, found=repr(number)
                )
            )
        values[key] = number
    if values.get("password_hash"):
        try:
            check_hash(str(values["password_hash"]))
        except PasswordHashError as exc:
            raise SettingsError(
                translate("SettingsErrors", "In the settings file {path}, {error}.").format(
                    path=path, error=exc
                )
            ) from exc


def _apply_choices(values: dict[str, object], data: dict[str, object], path: Path) -> None:
    for key, allowed in CHOICE_KEYS.items():
        if key not in data:
            continue
        value = data[key]
        if not isinstance(value, str) or value not in allowed:
            choices = ", ".join(repr(a) for a in allowed)
            if isinstance(value, str):
                message = translate(
                    "SettingsErrors",
                    "In the settings file {path}, '{key}' must be one of {choices} (found {found}).",  # noqa: E501
                )
            else:
                message = translate(
                    "SettingsErrors",
                    "In the settings file {path}, '{key}' must be one of {choices} (found a {type}).",  # noqa: E501
                )
            raise SettingsError(
                message.format(
                    path=path,
                    key=key,
                    choices=choices,
                    found=repr(value),
                    type=type(value).__name__,
                )
            )
        values[key] = value


def named_settings_path(cli_path: str | os.PathLike[str] | None = None) -> Path | None:
    """The settings file named on the command line or in the environment, if any."""
    if cli_path:
        return Path(cli_path).expanduser()
    env = os.environ.get(SETTINGS_ENV)
    return Path(env).expanduser() if env else None


def load_settings(named: Path | None = None, *, allow_missing: bool = False) -> Settings:
    """Load settings; ``named`` must exist when given, unless ``allow_missing``."""
    values: dict[str, object] = {
        "database": default_database_path(),
        "username": None,
        "password_hash": None,
        "backup_folder": None,
        "backup_keep": DEFAULT_BACKUP_KEEP,
        **{key: allowed[0] for key, allowed in CHOICE_KEYS.items()},
        "auto_lock_minutes": DEFAULT_AUTO_LOCK_MINUTES,
    }
    user_file = default_settings_path()
    read: dict[str, object] = {}
    if user_file.exists():
        read.update(data := _read_toml(user_file))
        _apply(values, data, user_file)
    if named is not None and not (allow_missing and not named.exists()):
        read.update(data := _read_toml(named))
        _apply(values, data, named)
    database = values["database"]
    minutes = values["auto_lock_minutes"]
    assert isinstance(database, Path)
    assert isinstance(minutes, int)
    return Settings(
        database=database,
        username=values["username"] if isinstance(values["username"], str) else None,
        password_hash=(
            values["password_hash"] if isinstance(values["password_hash"], str) else None
        ),
        path=named or user_file,
        backup_folder=(
            values["backup_folder"] if isinstance(values["backup_folder"], Path) else None
        ),
        backup_keep=int(str(values["backup_keep"])),
        theme=str(values["theme"]),
        default_format=str(values["default_format"]),
        auto_lock_minutes=minutes,
        file_values=read,
    )


_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str | Path):
        # A JSON string is a valid TOML basic string.
        return json.dumps(str(value), ensure_ascii=False)
    raise TypeError(f"cannot write {type(value).__name__} to settings")


def write_settings(path: Path, updates: dict[str, object], *, drop_none: bool = False) -> None:
    """Merge ``updates`` into the flat TOML file at ``path``, atomically and owner-only.

    With ``drop_none``, keys whose update is ``None`` are removed.
    """
    data: dict[str, object] = _read_toml(path) if path.exists() else {}
    data.update(updates)
    if drop_none:
        data = {key: value for key, value in data.items() if value is not None}
    lines = ["# Desktop Blog settings", ""]
    for key, value in data.items():
        if not _BARE_KEY.match(key) or isinstance(value, dict | list):
            raise SettingsError(
                translate(
                    "SettingsErrors",
                    "The settings file {path} has an entry '{key}' this version cannot rewrite; edit the file by hand.",  # noqa: E501
                ).format(path=path, key=key)
            )
        lines.append(f"{key} = {_toml_value(value)}")
    text = "\n".join(lines) + "\n"
    try:
        write_private_text(path, text)
    except OSError as exc:
        raise SettingsError(
            translate("SettingsErrors", "Cannot write the settings file {path}: {error}.").format(
                path=path, error=exc.strerror
            )
        ) from exc


def save_credentials(settings: Settings, username: str, password_hash: str | None) -> Settings:
    """Write the credentials to the settings file and return the updated settings.

    ``password_hash=None`` removes the hash: an encrypted journal's key file verifies the
    password.
    """
    write_settings(
        settings.path, {"username": username, "password_hash": password_hash}, drop_none=True
    )
    return replace(settings, username=username, password_hash=password_hash)


def save_values(settings: Settings, updates: Mapping[str, object]) -> Settings:
    """Check ``updates`` as loading would, write them and return the updated settings.

    A ``database`` must be a file's full path. Keys this module does not know are written as
    they are and kept in :attr:`Settings.file_values`.
    """
    stored = {k: str(v) if isinstance(v, Path) else v for k, v in updates.items()}
    checked: dict[str, object] = {}
    _apply(checked, stored, settings.path)
    if "database" in updates:
        database = Path(str(updates["database"])).expanduser()
        if not database.is_absolute() or database.is_dir():
            raise SettingsError(
                translate(
                    "SettingsErrors", "The journal location {path} must be a file's full path."
                ).format(path=database)
            )
        checked["database"] = database
    write_settings(settings.path, stored)
    own = {f.name for f in fields(Settings)}
    typed: dict[str, Any] = {k: v for k, v in checked.items() if k in own}
    return replace(
        settings,
        **typed,
        file_values={**settings.file_values, **updates},
    )


def save_preferences(
    settings: Settings,
    *,
    theme: str,
    default_format: str,
    database: Path,
    auto_lock_minutes: int | None = None,
) -> Settings:
    """Validate and write the Preferences dialog's choices; return the updated settings."""
    if auto_lock_minutes is None:
        auto_lock_minutes = settings.auto_lock_minutes
    return save_values(
        settings,
        {
            "theme": theme,
            "default_format": default_format,
            "auto_lock_minutes": auto_lock_minutes,
            "database": database,
        },
    )
