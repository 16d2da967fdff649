"""The controllers are tested through the real session, as the window tests are."""

from tests.ui.conftest import journal_app, start_session, window

__all__ = ["journal_app", "start_session", "window"]
