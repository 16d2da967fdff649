"""A pseudo-translation of every string of the app, to find strings left untranslated.

Every source string that ``build_spec/translations.py`` extracts from ``desktop_blog/`` (as
for the shipped catalogues, plurals included) is rewritten with
accented letters and made about 40% longer (as Vorta's TRANS_SCALE does), keeping what must
stay as it is: ``%n``, ``{fields}``, HTML tags and entities, and the ``&`` of mnemonics. A
string shown without that look was never passed through Qt's translation.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import translations

SCALE = 1.4  # pseudo strings are 40% longer
PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ACCENTED = "ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽåƀçðéƒĝĥîĵķļṁñöþǫŕšţûṽŵẋýž"
_TO_ACCENTED = str.maketrans(PLAIN, ACCENTED)
PSEUDO_LETTERS = frozenset(ACCENTED) - frozenset(PLAIN)
PAD = "·"
# What a translation must keep: plural and positional markers, format fields, HTML, entities.
_KEEP = re.compile(r"%L?n|%\d+|\{[A-Za-z_][A-Za-z0-9_]*\}|<[^<>]*>|&[A-Za-z]+;|&#\d+;")


def pseudo(text: str) -> str:
    """``text`` with accented letters and padded to about 140% of its length."""
    parts: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_TO_ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(_TO_ACCENTED))
    body = "".join(parts)
    visible = len(_KEEP.sub("", text))
    pad = max(1, math.ceil(visible * (SCALE - 1)))
    return f"{body} {PAD * (pad - 1)}" if pad > 1 else f"{body}{PAD}"


def looks_translated(text: str) -> bool:
    """Whether ``text`` holds pseudo-translated letters."""
    return any(char in PSEUDO_LETTERS or char == PAD for char in text)


def build_catalogue(folder: Path) -> Path:
    """Extract every string, pseudo-translate it and compile the catalogue; return the .qm."""
    translations.extract(folder, languages=("de",))  # two plural forms, as English has
    ts = translations.ts_path("de", folder)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "desktop_blog_pseudo.qm"
    translations.run_tool("lrelease", [str(ts), "-qm", str(qm)])
    return qm
