from __future__ import annotations

import ast
from pathlib import Path

import bundle_config
import pytest
from PySide6.QtCore import QLibraryInfo

import desktop_blog

PACKAGE = Path(desktop_blog.__file__).resolve().parent
SPEC = bundle_config.ROOT / "build_spec" / "desktop-blog.spec"


def test_resources_land_inside_the_package_without_screenshots(tmp_path: Path) -> None:
    compiled = tmp_path / "translations"
    compiled.mkdir()
    for language in ("de", "en"):
        (compiled / f"desktop_blog_{language}.qm").write_bytes(b"qm")
    pairs = bundle_config.datas(compiled)
    destinations = {str(Path(dest) / Path(source).name) for source, dest in pairs}
    assert "desktop_blog/resources/schema.sql" in destinations
    assert "desktop_blog/resources/style.qss" in destinations
    icon = desktop_blog.DESKTOP_ID
    assert f"desktop_blog/resources/icons/{icon}.svg" in destinations
    assert f"desktop_blog/resources/icons/hicolor/48x48/apps/{icon}.png" in destinations
    assert not [source for source, _ in pairs if "screenshots" in source]
    assert all(dest.startswith(bundle_config.BUNDLED_RESOURCES) for _, dest in pairs)
    # The translations are the ones compiled for this build, not the .ts sources (nor any
    # .qm an editable install left in resources/translations/).
    translations = sorted(d for d in destinations if "/translations/" in d)
    assert translations == [
        "desktop_blog/resources/translations/desktop_blog_de.qm",
        "desktop_blog/resources/translations/desktop_blog_en.qm",
    ]
    assert all(source.startswith(str(compiled)) for source, dest in pairs if "translat" in dest)


def test_nothing_is_bundled_without_the_compiled_translations(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no compiled translations"):
        bundle_config.datas(tmp_path)


def test_the_spec_compiles_the_translations_and_puts_the_licence_beside_the_program() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "release(COMPILED_TRANSLATIONS)" in text
    assert "datas=datas(COMPILED_TRANSLATIONS)" in text
    assert 'shutil.copy2(ROOT / "LICENSE", Path(DISTPATH) / APP_ID / "LICENSE")' in text
    assert text.index("release(COMPILED_TRANSLATIONS)") < text.index("a = Analysis(")


def test_version_is_the_package_version() -> None:
    assert bundle_config.version() == desktop_blog.__version__


def _modules_imported_by(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
    return found


def _qt_modules_imported_by_the_package() -> set[str]:
    names = _modules_imported_by(list(PACKAGE.rglob("*.py")))
    return {name.split(".")[1] for name in names if name.startswith("PySide6.Qt")}


def test_no_excluded_qt_module_is_used_by_the_app() -> None:
    used = _qt_modules_imported_by_the_package()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not used & set(bundle_config.EXCLUDED_QT_MODULES)
    assert not set(bundle_config.KEPT_QT_MODULES) & set(bundle_config.EXCLUDED_QT_MODULES)


@pytest.mark.parametrize(
    ("path", "unused"),
    [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6\\Qt\\plugins\\platforms\\libqvnc.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqgif.so", False),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", True),
    ],
)
def test_plugins_the_app_never_loads_are_dropped(path: str, unused: bool) -> None:
    assert bundle_config.is_unused_plugin(path) is unused


@pytest.mark.parametrize(
    ("path", "unused"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/translations/qtbase_es.qm", False),
        ("PySide6/Qt/translations/qtbase_ar.qm", False),  # right to left, shown and tested
        ("PySide6/Qt/translations/qtbase_en.qm", False),
        ("PySide6\\Qt\\translations\\qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_fr.qm", True),  # a meta-catalogue: qtbase and unused ones
        ("PySide6/Qt/translations/qtbase_ja.qm", True),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
        ("PySide6/Qt/translations/qt_help_de.qm", True),
        ("PySide6/Qt/translations/qtmultimedia_de.qm", True),
        ("desktop_blog/resources/translations/desktop_blog_de.qm", False),
        ("desktop_blog/resources/translations/desktop_blog_ja.qm", False),
        ("desktop_blog/resources/schema.sql", False),
    ],
)
def test_only_qt_base_translations_of_the_shipped_languages_are_kept(
    path: str, unused: bool
) -> None:
    assert bundle_config.is_unused_translation(path) is unused


def test_qt_translations_cover_every_language_the_app_ships() -> None:
    import translations

    from desktop_blog import i18n

    assert set(translations.LANGUAGES) <= set(bundle_config.QT_TRANSLATION_LANGUAGES)
    assert set(i18n.LANGUAGE_NAMES) <= set(bundle_config.QT_TRANSLATION_LANGUAGES)
    assert bundle_config.QT_TRANSLATION_CATALOGUES == i18n.QT_CATALOGUES
    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in ("de", "fr", "es", "ar"):
        assert (qt / f"qtbase_{language}.qm").is_file()


def test_libraries_only_dropped_plugins_needed_are_dropped() -> None:
    links = {
        "/s/libqxcb.so": ["libQt6XcbQpa.so.6", "libxcb.so.1"],
        "/s/libQt6XcbQpa.so.6": ["libQt6Gui.so.6"],
        "/s/libQt6Gui.so.6": ["libpng16.so.16"],
        "/s/libpng16.so.16": [],
        "/s/libgtk-3.so.0": ["libcairo.so.2"],
        "/s/QtGui.abi3.so": ["libQt6Gui.so.6"],
    }
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "/s/egl", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        (
            "libQt6EglFSDeviceIntegration.so.6",
            "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
            "SYMLINK",
        ),
        ("libpng16.so.16", "/s/libpng16.so.16", "BINARY"),
        ("libxcb.so.1", "/s/libxcb.so.1", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
    ]
    kept = bundle_config.reachable_binaries(binaries, lambda source: links.get(source, []))
    assert [entry[0] for entry in kept] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Gui.so.6",
        "libpng16.so.16",
        "PySide6/QtGui.abi3.so",
    ]


def test_spec_is_python_and_uses_no_options_removed_in_pyinstaller_6() -> None:
    text = SPEC.read_text(encoding="utf-8")
    compile(text, str(SPEC), "exec")
    for removed in ("cipher", "win_private_assemblies", "win_no_prefer_redirects", "zipfiles"):
        assert removed not in text
    assert "exclude_binaries=True" in text  # one-folder
    assert 'if sys.platform == "darwin":\n    app = BUNDLE(' in text


def test_encryption_libraries_are_bundled() -> None:
    import importlib

    for name in bundle_config.HIDDEN_IMPORTS:
        importlib.import_module(name)  # each names a real module of the installed libraries
    spec = SPEC.read_text(encoding="utf-8")
    assert "hiddenimports=HIDDEN_IMPORTS" in spec


def test_every_module_the_idle_steps_import_by_name_reaches_the_bundle() -> None:
    """The idle steps import the app's modules by name, which PyInstaller does not see: each
    must also be imported by a statement of the package, or the frozen app logs a
    ModuleNotFoundError while the login dialog is shown (as desktop_blog.plurals did)."""
    from desktop_blog.app.session import WINDOW_MODULES

    seen = _modules_imported_by(list(PACKAGE.rglob("*.py")))
    ours = [name for name in WINDOW_MODULES if name.startswith("desktop_blog.")]
    assert len(ours) > 20
    assert [name for name in ours if name not in seen] == []
