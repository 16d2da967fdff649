"""Both themes pass WCAG AA: every text colour in the style sheets and the reading style has
4.5:1 against what it is drawn on, and field and button borders 3:1 (computed from the files)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette

from desktop_blog.resources import read_text
from desktop_blog.ui.theme import (
    BASE_COLOURS,
    ENTRY_STYLESHEETS,
    STYLESHEETS,
    WINDOW_COLOURS,
    dark_palette,
)

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
COMMENT = re.compile(r"/\*.*?\*/", re.S)
HEX = r"(#[0-9a-fA-F]{6})"
BORDERED = ("QLineEdit", "QPlainTextEdit", "QComboBox", "QSpinBox", "QPushButton")


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def declared(body: str, prop: str) -> str | None:
    found = re.search(rf"(?<![-\w]){prop}\s*:\s*{HEX}", body)
    if found is None and prop == "background":
        found = re.search(rf"(?<![-\w])background-color\s*:\s*{HEX}", body)
    return found.group(1) if found else None


def rules(sheet: str) -> list[tuple[str, str]]:
    return [(s.strip(), b) for s, b in RULE.findall(COMMENT.sub("", sheet))]


def pairs(theme: str, sheet: str, *, reader: bool = False) -> list[tuple[str, str, str, float]]:
    """(where, foreground, background, required ratio) for every coloured rule of ``sheet``.

    Text without its own background is checked on the reader's and the window's colours
    (the reader's only, for ``reader`` sheets). A field or button is told apart from what is
    around it by its border or its own fill: the better of the two must reach 3:1.
    """
    found = []
    base, window = BASE_COLOURS[theme], WINDOW_COLOURS[theme]
    grounds = (base,) if reader else (base, window)
    for selector, body in rules(sheet):
        if ":disabled" in selector:
            continue  # WCAG asks nothing of disabled controls
        background = declared(body, "background")
        behind = (background,) if background else grounds
        if colour := declared(body, "color"):
            found += [(selector, colour, b, 4.5) for b in behind]
        if (colour := declared(body, "selection-color")) and (
            ground := declared(body, "selection-background-color")
        ):
            found.append((f"{selector} (selection)", colour, ground, 4.5))
        for prop in ("qproperty-titleColor", "qproperty-mutedColor"):
            if colour := declared(body, prop):
                found += [(f"{selector} {prop}", colour, b, 4.5) for b in behind]
        border = re.search(rf"border\s*:\s*\d+px solid {HEX}", body)
        if border and selector.startswith(BORDERED):
            for ground in grounds:
                edge = max(
                    (border.group(1), background or ground),
                    key=lambda colour, g=ground: contrast(colour, g),
                )
                found.append((f"{selector} (edge)", edge, ground, 3.0))
    return found


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("sheets", [STYLESHEETS, ENTRY_STYLESHEETS])
def test_every_colour_in_the_sheets_passes_aa(theme: str, sheets: dict[str, str]) -> None:
    found = pairs(theme, read_text(sheets[theme]), reader=sheets is ENTRY_STYLESHEETS)
    assert len(found) > 5  # the sheet was read and has coloured rules
    failing = [
        (where, fg, bg, round(contrast(fg, bg), 2))
        for where, fg, bg, needed in found
        if contrast(fg, bg) < needed
    ]
    assert failing == []


def test_selected_list_rows_keep_their_contrast() -> None:
    for theme in ("light", "dark"):
        sheet = read_text(STYLESHEETS[theme])
        selected = dict(rules(sheet))["QAbstractItemView#entryList::item:selected"]
        row_text = re.search(rf"qproperty-selectedColor:\s*{HEX}", sheet)
        assert row_text is not None
        background = declared(selected, "background")
        assert background is not None
        assert contrast(row_text.group(1), background) >= 4.5


def test_the_dark_palette_passes_aa() -> None:
    palette = dark_palette()
    roles = QPalette.ColorRole
    for fg, bg in (
        (roles.Text, roles.Base),
        (roles.WindowText, roles.Window),
        (roles.ButtonText, roles.Button),
        (roles.HighlightedText, roles.Highlight),
        (roles.Link, roles.Base),
        (roles.ToolTipText, roles.ToolTipBase),
    ):
        assert contrast(palette.color(fg).name(), palette.color(bg).name()) >= 4.5, (fg, bg)


def test_the_checker_finds_the_old_failing_pair() -> None:
    """#377BA8 titles on the dark reader (#232428) were 3.4:1: the check must reject them."""
    assert round(contrast("#377BA8", "#232428"), 1) == 3.4
    sheet = "p.title { color: #377BA8; }"
    assert [p for p in pairs("dark", sheet) if contrast(p[1], p[2]) < p[3]]


def test_search_matches_are_readable_in_both_themes() -> None:
    from desktop_blog.ui.widgets.entry_view import match_selections, plain_document

    (selection,) = match_selections(plain_document("<p>snow</p>"), ["snow"])
    text = selection.format.foreground().color().name()
    background = selection.format.background().color().name()
    assert contrast(text, background) >= 4.5  # whatever the theme's own text colour
