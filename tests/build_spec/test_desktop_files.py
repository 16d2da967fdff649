from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import bundle_config
import pytest

from desktop_blog import APP_ID, APP_NAME, DESKTOP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / f"{DESKTOP_ID}.desktop"
METAINFO = ROOT / "resources" / f"{DESKTOP_ID}.metainfo.xml"
ISS = ROOT / "build_spec" / "desktop-blog.iss"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_launcher_with_the_icon_named_after_the_app_id() -> None:
    entry = _entry()
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == APP_ID  # /usr/bin/desktop-blog from the .deb
    assert entry["Icon"] == DESKTOP_ID
    # The .deb installs resources/icons/desktop-blog.* into hicolor under the app id.
    deb = (ROOT / "build_spec" / "build-deb.sh").read_text(encoding="utf-8")
    assert 'hicolor/scalable/apps/$desktop_id.svg"' in deb
    assert 'hicolor/$size/apps/$desktop_id.png"' in deb
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")


def test_metainfo_matches_the_desktop_entry_and_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("name") == APP_NAME
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == APP_ID
    releases = [release.get("version") for release in component.iter("release")]
    assert releases[0] == __version__, "add a <release> for the new version"
    assert component.findtext("icon[@type='stock']") == DESKTOP_ID
    assert component.findtext("developer_name")
    assert component.find("content_rating[@type='oars-1.1']") is not None


def test_metainfo_links_and_screenshots_use_the_homepage_and_the_repository_pictures() -> None:
    component = ET.parse(METAINFO).getroot()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    homepage = project["urls"]["Homepage"]
    urls = {url.get("type"): url.text for url in component.iter("url")}
    assert urls["homepage"] == homepage
    assert urls["bugtracker"] == project["urls"]["Issues"]
    images = [image.text or "" for image in component.iter("image")]
    assert len(images) >= 2
    assert component.find("screenshots/screenshot[@type='default']") is not None
    for image in images:
        assert image.startswith(f"{homepage}screenshots/")
        assert (ROOT / "resources" / "screenshots" / image.rsplit("/", 1)[1]).is_file()


def test_license_file_is_the_licence_the_metadata_names() -> None:
    component = ET.parse(METAINFO).getroot()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert component.findtext("project_license") == project["license"] == "BSD-3-Clause"
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("BSD 3-Clause License")
    assert "Neither the name of the copyright holder" in text
    assert (str(ROOT / "LICENSE"), ".") in bundle_config.datas()


@pytest.mark.parametrize(
    ("tool", "args", "path"),
    [
        ("desktop-file-validate", [], DESKTOP),
        ("appstreamcli", ["validate", "--pedantic", "--no-net"], METAINFO),
    ],
)
def test_freedesktop_validators_accept_the_files(tool: str, args: list[str], path: Path) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (build_spec/ci-package.sh installs it)")
    result = subprocess.run(
        [tool, *args, str(path)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # The one pedantic remark allowed: the reverse-DNS id's upper-case letters (fixed id).
    remarks = [
        line for line in result.stdout.splitlines() if line[:3] in ("E: ", "W: ", "I: ", "P: ")
    ]
    assert all("cid-contains-uppercase-letter" in line for line in remarks), remarks


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
