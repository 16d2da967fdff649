"""Write the desktop entry and the AppStream metainfo from their texts and translations.

The English texts are in ``desktop_blog/desktop_metadata.py``; their translations are the
``DesktopEntry`` and ``Metainfo`` contexts of ``resources/translations/desktop_blog_<lang>.ts``
(finished translations only). The links come from ``[project.urls]`` in ``pyproject.toml``,
the ids and the version from ``desktop_blog/__init__.py``. ``translations.py update`` (and
``translations.py desktop-files``) run this; ``tests/build_spec/test_desktop_files.py`` checks
that the committed files are what it makes.
"""

from __future__ import annotations

import struct
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout that is not installed
    sys.path.insert(0, str(ROOT))

from desktop_blog import APP_ID, DESKTOP_ID, __version__  # noqa: E402
from desktop_blog import desktop_metadata as meta  # noqa: E402

RESOURCES = ROOT / "resources"
SCREENSHOTS = RESOURCES / "screenshots"
DESKTOP_CONTEXT = "DesktopEntry"
METAINFO_CONTEXT = "Metainfo"
METADATA_LICENSE = "CC0-1.0"
DEVELOPER_ID = "org.desktopblog"
DEVELOPER_NAME = "Desktop Blog developers"
CATEGORIES = ("Office",)
# [project.urls] name -> AppStream <url type>; a name missing from pyproject.toml is left out.
URL_TYPES = (
    ("Homepage", "homepage"),
    ("Issues", "bugtracker"),
    ("Documentation", "help"),
    ("Source", "vcs-browser"),
)
GENERATED = (
    "Made by build_spec/translations.py from desktop_blog/desktop_metadata.py and "
    "resources/translations/*.ts: edit those, then run it."
)

# language -> (context, English text) -> translation
Catalogues = Mapping[str, Mapping[tuple[str, str], str]]


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished, non-plural translations of a ``.ts`` file by (context, source text)."""
    found: dict[tuple[str, str], str] = {}
    # The project's own catalogues, not untrusted input.
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or message.get("numerus") == "yes":
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def catalogues(
    folder: Path, catalogue: str = "desktop_blog"
) -> dict[str, dict[tuple[str, str], str]]:
    """Every ``<catalogue>_<lang>.ts`` of ``folder`` read, by language; English left out."""
    found = {}
    for path in sorted(folder.glob(f"{catalogue}_*.ts")):
        language = path.stem.removeprefix(f"{catalogue}_")
        if language != "en" and not language.endswith("pseudo"):
            found[language] = read_ts(path)
    return found


def _translations(catalogues: Catalogues, context: str, text: str) -> list[tuple[str, str]]:
    """(language, translation) for each language that translates ``text`` differently."""
    pairs = []
    for language in sorted(catalogues):
        translated = catalogues[language].get((context, text))
        if translated and translated != text:
            pairs.append((language, translated))
    return pairs


def _desktop_value(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def _keywords(text: str) -> list[str]:
    return [word.strip() for word in text.split(";") if word.strip()]


def desktop_entry(catalogues: Catalogues) -> str:
    """The text of ``resources/<DESKTOP_ID>.desktop``."""
    lines = [f"# {GENERATED}", "[Desktop Entry]", "Type=Application", "Version=1.4"]

    def localized(key: str, text: str) -> None:
        lines.append(f"{key}={_desktop_value(text)}")
        for language, translated in _translations(catalogues, DESKTOP_CONTEXT, text):
            if key == "Keywords" and not translated.endswith(";"):
                raise ValueError(f"Keywords in {language} must end with ';': {translated!r}")
            lines.append(f"{key}[{language}]={_desktop_value(translated)}")

    localized("Name", meta.NAME)
    localized("GenericName", meta.GENERIC_NAME)
    localized("Comment", meta.COMMENT)
    lines += [
        f"Exec={APP_ID}",
        f"TryExec={APP_ID}",
        f"Icon={DESKTOP_ID}",
        "Terminal=false",
        "Categories=" + "".join(f"{category};" for category in CATEGORIES),
    ]
    localized("Keywords", meta.KEYWORDS)
    lines.append("StartupNotify=true")
    return "\n".join(lines) + "\n"


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) of a PNG file, read from its header."""
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        raise ValueError(f"{path} is not a PNG image")
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def project_urls(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, str]:
    """``[project.urls]`` of ``pyproject.toml``."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return dict(project.get("urls", {}))


def project_license(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The SPDX expression of ``project.license`` (the LICENSE file's licence)."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return str(project["license"])


class _Xml:
    """Lines of indented XML, with the translations of a context after each English text."""

    def __init__(self, catalogues: Catalogues) -> None:
        self.catalogues = catalogues
        self.lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<!-- {GENERATED} -->"]
        self.depth = 0

    def open(self, tag: str, attributes: str = "") -> None:
        self.lines.append(f"{'  ' * self.depth}<{tag}{attributes}>")
        self.depth += 1

    def close(self, tag: str) -> None:
        self.depth -= 1
        self.lines.append(f"{'  ' * self.depth}</{tag}>")

    def element(self, tag: str, text: str, attributes: str = "") -> None:
        self.lines.append(f"{'  ' * self.depth}<{tag}{attributes}>{escape(text)}</{tag}>")

    def localized(self, tag: str, text: str, context: str = METAINFO_CONTEXT) -> None:
        """``text``, then one ``xml:lang`` element per language translating it."""
        self.element(tag, text)
        for language, translated in _translations(self.catalogues, context, text):
            self.element(tag, translated, f" xml:lang={quoteattr(language)}")


def _description(xml: _Xml) -> None:
    xml.open("description")
    for paragraph in meta.DESCRIPTION_INTRO:
        xml.localized("p", paragraph)
    xml.open("ul")
    for item in meta.DESCRIPTION_FEATURES:
        xml.localized("li", item)
    xml.close("ul")
    xml.close("description")


def _screenshots(xml: _Xml, homepage: str, folder: Path) -> None:
    xml.open("screenshots")
    for shot in meta.SCREENSHOTS:
        width, height = png_size(folder / shot.image)
        xml.open("screenshot", ' type="default"' if shot.default else "")
        xml.localized("caption", shot.caption)
        xml.element(
            "image",
            f"{homepage.rstrip('/')}/screenshots/{shot.image}",
            f' type="source" width="{width}" height="{height}"',
        )
        xml.close("screenshot")
    xml.close("screenshots")


def _keywords_and_categories(xml: _Xml) -> None:
    """The desktop entry's categories and keywords (one <keyword> each, in every language)."""
    xml.open("categories")
    for category in CATEGORIES:
        xml.element("category", category)
    xml.close("categories")
    xml.open("keywords")
    for keyword in _keywords(meta.KEYWORDS):
        xml.element("keyword", keyword)
    for language, translated in _translations(xml.catalogues, DESKTOP_CONTEXT, meta.KEYWORDS):
        for keyword in _keywords(translated):
            xml.element("keyword", keyword, f" xml:lang={quoteattr(language)}")
    xml.close("keywords")


def _releases(xml: _Xml) -> None:
    if meta.RELEASES[0].version != __version__:
        raise ValueError(
            f"version {__version__} has no Release in desktop_blog/desktop_metadata.py "
            "(newest first, with its date and notes)"
        )
    xml.open("releases")
    for release in meta.RELEASES:
        xml.open("release", f" version={quoteattr(release.version)} date={quoteattr(release.date)}")
        xml.open("description")
        for note in release.notes:
            xml.localized("p", note)
        xml.close("description")
        xml.close("release")
    xml.close("releases")


def metainfo(
    catalogues: Catalogues,
    urls: Mapping[str, str],
    license_expression: str,
    screenshots: Path = SCREENSHOTS,
) -> str:
    """The text of ``resources/<DESKTOP_ID>.metainfo.xml``."""
    xml = _Xml(catalogues)
    xml.open("component", ' type="desktop-application"')
    xml.element("id", DESKTOP_ID)
    xml.element("metadata_license", METADATA_LICENSE)
    xml.element("project_license", license_expression)
    xml.localized("name", meta.METAINFO_NAME)
    xml.localized("summary", meta.SUMMARY)
    _description(xml)
    xml.open("developer", f" id={quoteattr(DEVELOPER_ID)}")
    xml.element("name", DEVELOPER_NAME)
    xml.close("developer")
    for name, url_type in URL_TYPES:
        if name in urls:
            xml.element("url", urls[name], f" type={quoteattr(url_type)}")
    _screenshots(xml, urls["Homepage"], screenshots)
    xml.element("launchable", f"{DESKTOP_ID}.desktop", ' type="desktop-id"')
    xml.element("icon", DESKTOP_ID, ' type="stock"')
    xml.open("provides")
    xml.element("binary", APP_ID)
    xml.close("provides")
    _keywords_and_categories(xml)
    xml.lines.append('  <content_rating type="oars-1.1"/>')
    _releases(xml)
    xml.close("component")
    return "\n".join(xml.lines) + "\n"


def desktop_path(resources: Path = RESOURCES) -> Path:
    return resources / f"{DESKTOP_ID}.desktop"


def metainfo_path(resources: Path = RESOURCES) -> Path:
    return resources / f"{DESKTOP_ID}.metainfo.xml"


def generate(translations: Path, resources: Path = RESOURCES) -> dict[Path, str]:
    """What the desktop entry and the metainfo should contain, by path."""
    found = catalogues(translations)
    return {
        desktop_path(resources): desktop_entry(found),
        metainfo_path(resources): metainfo(
            found, project_urls(), project_license(), resources / "screenshots"
        ),
    }


def write(translations: Path, resources: Path = RESOURCES) -> list[Path]:
    """Write the desktop entry and the metainfo; return the files that changed."""
    changed = []
    for path, text in generate(translations, resources).items():
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed
