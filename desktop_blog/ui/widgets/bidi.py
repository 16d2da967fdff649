"""Keep the user's text (titles, tags, searches) whole inside a sentence of another direction.

A Hebrew title in an English sentence, or an English title in an Arabic one, is wrapped in
Unicode's first-strong isolate (FSI U+2068 ... PDI U+2069): the title takes the direction of
its own first letter and neither it nor the sentence around it reorders the other, even when
the title holds bidi controls of its own.
"""

from __future__ import annotations

FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE


def isolate(text: str) -> str:
    """``text`` between FSI and PDI; isolates it leaves open are closed first (embeddings and
    overrides end at the PDI anyway)."""
    opened = 0
    for char in text:
        if char in "\u2066\u2067\u2068":
            opened += 1
        elif char == PDI and opened:
            opened -= 1
    return f"{FSI}{text}{PDI * opened}{PDI}"
