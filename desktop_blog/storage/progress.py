"""Progress reporting for long operations, shared by backups, exports and imports (no Qt)."""

from __future__ import annotations

from collections.abc import Callable

from desktop_blog.i18n import translate

# progress(done, total) -> False to cancel. The UI passes a QProgressDialog adapter, the CLI None.
Progress = Callable[[int, int], bool]


class Cancelled(Exception):  # noqa: N818 - it is an outcome, not a failure
    """The user cancelled; whatever was being written has been removed."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Call ``progress`` and raise :class:`Cancelled` when it asks to stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled(translate("Progress", "Cancelled; nothing was written."))
