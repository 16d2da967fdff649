"""What goes into the PyInstaller bundle; read by ``desktop-blog.spec`` and by the tests.

Kept apart from the spec so it can be checked without running PyInstaller.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
# Where resources/ lands inside the bundle: where desktop_blog.resources looks first.
BUNDLED_RESOURCES = "desktop_blog/resources"
# Folders of resources/ that are for the repository only (README pictures).
NOT_BUNDLED = ("screenshots",)

# Qt modules the app does not use. The app needs QtCore, QtGui and QtWidgets; QtSvg,
# QtNetwork and QtPrintSupport stay available for features being added alongside.
KEPT_QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtNetwork", "QtPrintSupport")
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCharts",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtHelp",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
)
EXCLUDES = [f"PySide6.{name}" for name in EXCLUDED_QT_MODULES] + ["tkinter"]

# The encryption libraries' compiled parts, which PyInstaller may not see through their
# Python wrappers: SQLCipher (sqlcipher3's extension, with SQLCipher linked in), argon2-cffi's
# bindings and their cffi backend, and cryptography's Rust extension (AES-GCM).
HIDDEN_IMPORTS = [
    "sqlcipher3.dbapi2",
    "sqlcipher3._sqlite3",
    "_argon2_cffi_bindings",
    "_cffi_backend",
    "cryptography.hazmat.bindings._rust",
]

# Qt plugins collected by PyInstaller's hooks that a desktop journal never loads: the GTK 3
# theme (it would make GTK a package dependency; Qt falls back to its own or the portal
# theme), and the embedded-device platforms (framebuffer, KMS/EGLFS, VNC, Vulkan display).
UNUSED_QT_PLUGINS = (
    "egldeviceintegrations/",
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqvnc.so",
    "platformthemes/libqgtk3.so",
)


def is_unused_plugin(destination: str) -> bool:
    """Whether a bundle path (as in PyInstaller's TOC) is one of UNUSED_QT_PLUGINS."""
    path = destination.replace("\\", "/")
    return any(f"/plugins/{plugin}" in path for plugin in UNUSED_QT_PLUGINS)


def version() -> str:
    """The package version, read from desktop_blog/__init__.py without importing it."""
    text = (ROOT / "desktop_blog" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise ValueError("desktop_blog/__init__.py has no __version__")
    return match.group(1)


def datas() -> list[tuple[str, str]]:
    """(source file, destination folder) pairs putting resources/ at BUNDLED_RESOURCES."""
    pairs = []
    for path in sorted(RESOURCES.rglob("*")):
        relative = path.relative_to(RESOURCES)
        if path.is_file() and relative.parts[0] not in NOT_BUNDLED:
            pairs.append((str(path), str(Path(BUNDLED_RESOURCES) / relative.parent)))
    return pairs
