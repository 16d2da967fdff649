"""Counts as people write them: "1 entry", "2 entries", "1 writing day" (no Qt)."""

from __future__ import annotations

# Nouns whose plural is not the singular with an "s".
_IRREGULAR = {"entry": "entries", "day": "days", "writing day": "writing days"}


def count_text(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` with the noun in the singular for exactly one, else in the plural.

    ``count_text(1, "entry")`` is ``"1 entry"``, ``count_text(2, "entry")`` ``"2 entries"``,
    ``count_text(1200, "word")`` ``"1,200 words"``.
    """
    if count == 1:
        return f"1 {singular}"
    return f"{count:,} {plural or _IRREGULAR.get(singular, singular + 's')}"
