"""Hatch build hook: compile the translation catalogues into every wheel.

Registered in ``pyproject.toml`` (``[tool.hatch.build.targets.wheel.hooks.custom]``). The
``.ts`` sources of ``resources/translations/`` are compiled with ``pyside6-lrelease`` (from
PySide6, a build requirement) by ``build_spec/translations.py``:

* a wheel gets the ``.qm`` files at ``desktop_blog/resources/translations/`` (compiled into a
  temporary folder, so nothing is written into the source tree);
* an editable install compiles them into the checkout's ``resources/translations/``, where the
  app run from the checkout looks for them (they are ignored by git).

A catalogue that does not compile fails the build.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

WHEEL_FOLDER = "desktop_blog/resources/translations"


def _translations(root: Path) -> ModuleType:
    """build_spec/translations.py of the project being built, imported by its path."""
    path = root / "build_spec" / "translations.py"
    spec = importlib.util.spec_from_file_location("desktop_blog_build_translations", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


class TranslationsBuildHook(BuildHookInterface[BuilderConfig]):
    """Compile ``resources/translations/*.ts`` and put the ``.qm`` files into the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        translations = _translations(root)
        sources = root / "resources" / "translations"
        if version == "editable":
            compiled = translations.release(sources, sources)
            self.app.display_info(f"compiled {len(compiled)} catalogues into {sources}")
            return
        self._work = Path(tempfile.mkdtemp(prefix="desktop-blog-qm-"))
        try:
            compiled = translations.release(self._work, sources)
        except BaseException:  # hatchling calls finalize only after a build that worked
            shutil.rmtree(self._work, ignore_errors=True)
            raise
        for qm in compiled:
            build_data["force_include"][str(qm)] = f"{WHEEL_FOLDER}/{qm.name}"
        self.app.display_info(f"compiled {len(compiled)} catalogues into the wheel")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
