"""Slows down password guessing: after 5 failed logins, each attempt waits longer (no Qt)."""

from __future__ import annotations

from collections.abc import Callable

FREE_ATTEMPTS = 5
MAX_DELAY_SECONDS = 300.0

DelaySchedule = Callable[[int], float]


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
