"""Slows down password guessing: after 5 failed logins, each attempt waits longer (no Qt)."""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path

from desktop_blog.private_file import write_private_text

FREE_ATTEMPTS = 5
MAX_DELAY_SECONDS = 300.0

DelaySchedule = Callable[[int], float]
logger = logging.getLogger(__name__)


def default_schedule(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures: 0 for the first four,
    then 1, 2, 4, 8, ... seconds, at most five minutes."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_SECONDS, 2.0 ** (failures - FREE_ATTEMPTS))


class LoginThrottle:
    """Counts consecutive failed logins and says how long the next attempt must wait."""

    def __init__(self, schedule: DelaySchedule = default_schedule) -> None:
        self._schedule = schedule
        self.failures = 0

    def failed(self) -> float:
        """Record a failed login; return the seconds to wait before the next attempt."""
        self.failures += 1
        return max(0.0, self._schedule(self.failures))

    def succeeded(self) -> None:
        self.failures = 0


def throttle_path_for(journal: Path) -> Path:
    """The file beside the journal that keeps the failed-login count across restarts."""
    return journal.with_name(f"{journal.name}.logins")


class PersistentLoginThrottle(LoginThrottle):
    """A :class:`LoginThrottle` whose count and next allowed time live in a 0600 file.

    The GUI and the CLI share it, so restarting the app or switching to the command line
    does not reset the wait. An unreadable file counts as no failures (whoever can delete
    it can copy the journal and guess offline anyway; the KDF is the real cost).
    """

    def __init__(
        self,
        path: Path,
        schedule: DelaySchedule = default_schedule,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(schedule)
        self.path = Path(path)
        self._clock = clock
        self.next_allowed = 0.0
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="ascii"))
            failures, next_allowed = data["failures"], data["next_allowed"]
        except (OSError, ValueError, KeyError, TypeError):
            return
        if isinstance(failures, int) and isinstance(next_allowed, int | float) and failures > 0:
            self.failures = failures
            # A clock set back (or an edited file) never makes the wait longer than the maximum.
            self.next_allowed = min(float(next_allowed), self._clock() + MAX_DELAY_SECONDS)

    def wait_seconds(self) -> float:
        """Seconds before the next attempt is allowed (0 when it is allowed now)."""
        return max(0.0, self.next_allowed - self._clock())

    def failed(self) -> float:
        delay = super().failed()
        self.next_allowed = self._clock() + delay
        payload = json.dumps({"failures": self.failures, "next_allowed": self.next_allowed})
        try:
            write_private_text(self.path, payload, encoding="ascii")
        except OSError:
            logger.warning("Could not save the failed-login count to %s", self.path)
        return delay

    def succeeded(self) -> None:
        super().succeeded()
        self.next_allowed = 0.0
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
