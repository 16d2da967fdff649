"""The controllers are tested through the real session, as the window tests are."""

from tests.ui.conftest import (
    journal_app,
    legacy_settings_file,
    quick_key_derivation,
    repository,
    settings_file,
    start_session,
    window,
)

__all__ = [
    "journal_app",
    "legacy_settings_file",
    "quick_key_derivation",
    "repository",
    "settings_file",
    "start_session",
    "window",
]
