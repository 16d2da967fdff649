"""The command line's language: the ``language`` preference, installed before the parser is built.

The settings are read without Qt's GUI (no ``QCoreApplication`` is created: the window may
start later in the same process, and :func:`desktop_blog.i18n.install` runs again then).
Settings that cannot be read leave the system's language; the command reports them itself.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

logger = logging.getLogger(__name__)

SETTINGS_OPTION = "--settings"


def settings_argument(argv: Sequence[str]) -> str | None:
    """The value of ``--settings PATH`` or ``--settings=PATH`` in ``argv``, if given."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == SETTINGS_OPTION and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith(SETTINGS_OPTION + "="):
            return arg.partition("=")[2]
    return None


def configured_language(argv: Sequence[str]) -> str:
    """The ``language`` preference of the settings the command will use; "" for the system's."""
    from desktop_blog.config import SettingsError, load_settings, named_settings_path
    from desktop_blog.domain.preferences import Preferences

    try:
        settings = load_settings(named_settings_path(settings_argument(argv)), allow_missing=True)
    except SettingsError:
        logger.info("the settings cannot be read: the command line follows the system language")
        return ""
    return Preferences().with_values(settings.file_values).language


def install_language(argv: Sequence[str]) -> None:
    """Speak the configured language (or the system's) in everything printed from now on."""
    from desktop_blog import i18n

    i18n.install(configured_language(argv))
