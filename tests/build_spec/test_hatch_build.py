"""The wheel's build hook, run by hatchling itself on a copy of the project."""

from __future__ import annotations

import importlib.util
import shutil
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
wheel = pytest.importorskip("hatchling.builders.wheel", reason="hatchling (the test extra)")


def _project(tmp_path: Path) -> Path:
    """The files a wheel is built from, without compiled catalogues or screenshots."""
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__", "*.qm", "screenshots")
    for name in ("desktop_blog", "resources", "build_spec"):
        shutil.copytree(ROOT / name, copy / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md", "LICENSE", ".gitignore"):
        shutil.copy2(ROOT / name, copy / name)
    return copy


def _build(project: Path, version: str, out: Path) -> Path:
    builder = wheel.WheelBuilder(str(project))
    (artifact,) = builder.build(directory=str(out), versions=[version])
    return Path(artifact)


def test_pyproject_runs_the_hook_with_pyside6_as_a_build_requirement() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
    assert hook["path"] == "build_spec/hatch_build.py"
    runtime = [d for d in config["project"]["dependencies"] if d.startswith("PySide6")]
    build = [d for d in config["build-system"]["requires"] if d.startswith("PySide6")]
    assert build == runtime  # the same package and range


@pytest.mark.timeout(300)
def test_the_wheel_holds_the_compiled_catalogues_and_no_sources(tmp_path: Path) -> None:
    project = _project(tmp_path)
    built = _build(project, "standard", tmp_path / "dist")
    names = zipfile.ZipFile(built).namelist()
    languages = sorted(p.stem for p in (project / "resources" / "translations").glob("*.ts"))
    assert len(languages) >= 4
    compiled = sorted(
        Path(n).stem for n in names if n.startswith("desktop_blog/resources/translations/")
    )
    assert compiled == languages
    assert all(Path(n).suffix == ".qm" for n in names if "/translations/" in n)
    assert not [n for n in names if n.endswith(".ts") or "screenshots" in n]
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    # Nothing was written into the project: the catalogues were compiled aside.
    assert not list((project / "resources" / "translations").glob("*.qm"))


@pytest.mark.timeout(300)
def test_an_editable_install_compiles_the_catalogues_into_the_checkout(tmp_path: Path) -> None:
    project = _project(tmp_path)
    # The hook as hatchling runs it for `pip install -e .` (the rest of an editable build,
    # hatchling's own, needs the editables package, which pip installs for it).
    spec = importlib.util.spec_from_file_location("hook", project / "build_spec/hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    hook = module.TranslationsBuildHook(
        str(project), {}, None, None, str(tmp_path / "dist"), "wheel"
    )
    build_data: dict[str, Any] = {"force_include": {}}
    hook.initialize("editable", build_data)
    assert build_data == {"force_include": {}}  # the checkout's own files are used
    folder = project / "resources" / "translations"
    assert sorted(p.stem for p in folder.glob("*.qm")) == sorted(
        p.stem for p in folder.glob("*.ts")
    )


@pytest.mark.timeout(300)
def test_a_broken_catalogue_fails_the_build_and_leaves_no_work_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    project = _project(tmp_path)
    (project / "resources" / "translations" / "desktop_blog_de.ts").write_text("<TS><context>")
    with pytest.raises(RuntimeError, match="lrelease"):
        _build(project, "standard", tmp_path / "dist")
    assert list(scratch.glob("desktop-blog-qm-*")) == []
