"""Locate bundled assets the same way from a checkout, a wheel and a frozen bundle.

The repository keeps assets in a top-level ``resources/`` folder. The wheel and the
PyInstaller bundle place that folder at ``desktop_blog/resources``; a checkout (or an
editable install) finds it next to the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop_blog.i18n import translate

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceError(RuntimeError):
    """A bundled asset is missing: the installation is incomplete."""


@cache
def resources_dir() -> Path:
    """Return the folder holding Desktop Blog's assets."""
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "schema.sql").is_file():
            return candidate
    raise ResourceError(
        translate(
            "Resources",
            "Desktop Blog's resources were not found next to {folder}; reinstall the app.",
        ).format(folder=_PACKAGE_DIR)
    )


def resource_path(name: str) -> Path:
    """Return the path of the asset ``name`` (relative to the resources folder)."""
    path = resources_dir() / name
    if not path.exists():
        raise ResourceError(
            translate(
                "Resources", "Missing resource {name} in {folder}; reinstall the app."
            ).format(name=repr(name), folder=resources_dir())
        )
    return path


def read_text(name: str) -> str:
    """Return the text of the asset ``name``."""
    return resource_path(name).read_text(encoding="utf-8")
