from __future__ import annotations

import configparser
import datetime
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import desktop_files
import pytest
from PySide6.QtGui import QImage

from desktop_blog import APP_ID, APP_NAME, DESKTOP_ID, __version__
from desktop_blog import desktop_metadata as meta

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / f"{DESKTOP_ID}.desktop"
METAINFO = ROOT / "resources" / f"{DESKTOP_ID}.metainfo.xml"
ISS = ROOT / "build_spec" / "desktop-blog.iss"
TRANSLATIONS = ROOT / "resources" / "translations"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _project() -> dict[str, Any]:
    project: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return project


def _lang(element: ET.Element) -> str | None:
    return element.get("{http://www.w3.org/XML/1998/namespace}lang")


def test_the_committed_files_are_what_the_generator_makes_from_the_catalogues() -> None:
    for path, text in desktop_files.generate(TRANSLATIONS).items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} differs from desktop_blog/desktop_metadata.py and the .ts files: "
            "run python build_spec/translations.py desktop-files (or update) and commit"
        )


def test_desktop_entry_starts_the_launcher_with_the_icon_named_after_the_app_id() -> None:
    entry = _entry()
    assert entry["Name"] == APP_NAME == meta.NAME
    assert entry["Exec"].split()[0] == APP_ID  # /usr/bin/desktop-blog from the .deb
    assert entry["Icon"] == DESKTOP_ID
    # The repository's icons carry the app id; the .deb copies them into hicolor as they are.
    assert (ROOT / "resources" / "icons" / f"{DESKTOP_ID}.svg").is_file()
    for size in (16, 48, 256):
        assert (ROOT / f"resources/icons/hicolor/{size}x{size}/apps/{DESKTOP_ID}.png").is_file()
    deb = (ROOT / "build_spec" / "build-deb.sh").read_text(encoding="utf-8")
    assert 'hicolor/scalable/apps/$desktop_id.svg"' in deb
    assert 'hicolor/$size/apps/$desktop_id.png"' in deb
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_desktop_entry_is_translated(language: str) -> None:
    entry = _entry()
    for key in ("GenericName", "Comment", "Keywords"):
        translated = entry[f"{key}[{language}]"]
        assert translated
        assert translated != entry[key]
    assert entry[f"Keywords[{language}]"].endswith(";")
    assert entry.get(f"Name[{language}]", entry["Name"]) == APP_NAME  # the product's name


def test_metainfo_matches_the_desktop_entry_and_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("name") == APP_NAME
    assert component.findtext("summary") == meta.SUMMARY
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("provides/binary") == APP_ID
    releases = list(component.iter("release"))
    assert releases[0].get("version") == __version__, "add a Release to desktop_metadata.py"
    assert datetime.date.fromisoformat(releases[0].get("date", ""))
    assert releases[0].findtext("description/p")
    assert component.findtext("icon[@type='stock']") == DESKTOP_ID
    developer = component.find("developer")
    assert developer is not None
    assert developer.get("id") == "org.desktopblog"
    assert developer.findtext("name")
    assert component.find("content_rating[@type='oars-1.1']") is not None
    keywords = [k.text for k in component.iter("keyword") if _lang(k) is None]
    assert ";".join(keywords) + ";" == _entry()["Keywords"]


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_metainfo_is_translated(language: str) -> None:
    component = ET.parse(METAINFO).getroot()
    for path in (
        "summary",
        "description/p",
        "description/ul/li",
        "screenshots/screenshot/caption",
        "releases/release/description/p",
        "keywords/keyword",
    ):
        english = [e for e in component.findall(path) if _lang(e) is None]
        translated = [e for e in component.findall(path) if _lang(e) == language]
        assert translated, path
        if path != "keywords/keyword":
            assert len(translated) == len(english), path


def test_metainfo_links_and_screenshots_use_the_homepage_and_the_repository_pictures() -> None:
    component = ET.parse(METAINFO).getroot()
    project = _project()
    homepage = project["urls"]["Homepage"]
    urls = {url.get("type"): url.text for url in component.iter("url")}
    assert urls["homepage"] == homepage
    assert urls["bugtracker"] == project["urls"]["Issues"]
    assert all((url or "").startswith("https://") for url in urls.values())
    shots = component.findall("screenshots/screenshot")
    assert len(shots) >= 2
    assert [shot.get("type") for shot in shots].count("default") == 1
    for shot in shots:
        assert shot.findtext("caption")
        image = shot.find("image[@type='source']")
        assert image is not None
        assert (image.text or "").startswith(f"{homepage}screenshots/")
        picture = ROOT / "resources" / "screenshots" / (image.text or "").rsplit("/", 1)[1]
        size = QImage(str(picture)).size()
        assert (image.get("width"), image.get("height")) == (
            str(size.width()),
            str(size.height()),
        )


def test_license_file_is_the_licence_the_metadata_names() -> None:
    component = ET.parse(METAINFO).getroot()
    project = _project()
    assert component.findtext("project_license") == project["license"] == "BSD-3-Clause"
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("BSD 3-Clause License")
    assert "Neither the name of the copyright holder" in text


def test_generator_escapes_and_leaves_out_what_is_not_translated() -> None:
    catalogues = {
        "de": {
            ("DesktopEntry", meta.GENERIC_NAME): "Tage\\buch",
            ("DesktopEntry", meta.NAME): meta.NAME,  # the same as the English: left out
            ("Metainfo", meta.SUMMARY): "Notizen & <Tagebuch>",
        },
        "fr": {},
    }
    entry = desktop_files.desktop_entry(catalogues)
    assert "GenericName[de]=Tage\\\\buch\n" in entry
    assert "\nName[de]" not in entry
    assert "[fr]" not in entry
    info = desktop_files.metainfo(catalogues, {"Homepage": "https://example.org/"}, "MIT")
    assert '<summary xml:lang="de">Notizen &amp; &lt;Tagebuch&gt;</summary>' in info
    assert 'xml:lang="fr"' not in info
    assert '<url type="bugtracker">' not in info  # only the links pyproject.toml has
    ET.fromstring(info.split("\n", 1)[1])  # well-formed
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(meta, "RELEASES", (meta.Release("0.0.1", "2020-01-01", ("Old.",)),))
        with pytest.raises(ValueError, match="has no Release"):
            desktop_files.metainfo({}, {"Homepage": "https://example.org/"}, "MIT")
    with pytest.raises(ValueError, match="must end with ';'"):
        desktop_files.desktop_entry({"de": {("DesktopEntry", meta.KEYWORDS): "Tagebuch"}})


def test_only_finished_translations_are_used(tmp_path: Path) -> None:
    ts = tmp_path / "desktop_blog_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de">'
        "<context><name>Metainfo</name>"
        "<message><source>A</source><translation>Ä</translation></message>"
        '<message><source>B</source><translation type="unfinished">B?</translation></message>'
        "<message><source>C</source><translation></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert desktop_files.read_ts(ts) == {("Metainfo", "A"): "Ä"}
    assert desktop_files.catalogues(tmp_path) == {"de": {("Metainfo", "A"): "Ä"}}


def _appstream_version() -> tuple[int, ...]:
    result = subprocess.run(
        ["appstreamcli", "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    found = re.search(r"(\d+)\.(\d+)", result.stdout)
    return tuple(int(part) for part in found.groups()) if found else (0,)


def allowed_remark(line: str, appstream: tuple[int, ...]) -> bool:
    """The remarks of the validators that the files keep on purpose (see the README)."""
    # The reverse-DNS id's upper-case letters, which the specification allows (fixed id).
    if "cid-contains-uppercase-letter" in line:
        return True
    # <developer id=...> is AppStream 1.0's; 0.16 (Debian 12) does not know the tag yet.
    return "unknown-tag developer" in line and appstream < (1, 0)


@pytest.mark.parametrize(
    ("tool", "args", "path"),
    [
        ("desktop-file-validate", [], DESKTOP),
        ("appstreamcli", ["validate", "--pedantic", "--no-net"], METAINFO),
    ],
)
def test_freedesktop_validators_accept_the_files(tool: str, args: list[str], path: Path) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    result = subprocess.run(
        [tool, *args, str(path)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stderr.strip()
    if tool == "desktop-file-validate":
        assert not result.stdout.strip()  # no error, warning nor hint
        return
    remarks = [
        line for line in result.stdout.splitlines() if line[:3] in ("E: ", "W: ", "I: ", "P: ")
    ]
    version = _appstream_version()
    assert [line for line in remarks if not allowed_remark(line, version)] == []


def test_inno_setup_script_packs_the_spec_bundle() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert f'#define AppExe "{APP_ID}.exe"' in text
    assert f'#define AppName "{APP_NAME}"' in text
    assert rf'Source: "..\dist\{APP_ID}\*"' in text
    assert "{uninstallexe}" in text  # Start-menu uninstaller shortcut
    assert "{group}\\{#AppName}" in text  # Start-menu shortcut
    assert not re.search(r"^AppVersion=\d", text, re.MULTILINE), "version comes from /DAppVersion"
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.MULTILINE)
    assert icon is not None
    assert (ISS.parent / icon.group(1).replace("\\", "/")).is_file()
