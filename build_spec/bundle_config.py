"""What goes into the PyInstaller bundle; read by ``desktop-blog.spec`` and by the tests.

Kept apart from the spec so it can be checked without running PyInstaller.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import translations

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
# Where resources/ lands inside the bundle: where desktop_blog.resources looks first.
BUNDLED_RESOURCES = "desktop_blog/resources"
# Folders of resources/ that are for the repository only (README pictures).
NOT_BUNDLED = ("screenshots",)

# Qt modules the app does not use. The app needs QtCore, QtGui and QtWidgets; QtSvg and
# QtPrintSupport stay available for features being added alongside. QtNetwork is not needed:
# the single-instance socket is Python's own (desktop_blog/single_instance.py).
KEPT_QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport")
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
    "QtNetwork",
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
# Standard-library parts no code of the app reaches: GUI toolkit, tests, documentation
# browser, installers, 2to3, the C decimal (``decimal`` falls back to ``_pydecimal``).
UNUSED_PYTHON_MODULES = (
    "tkinter",
    "_tkinter",
    "unittest",
    "test",
    "doctest",
    "pydoc",
    "pydoc_data",
    "ensurepip",
    "lib2to3",
    "idlelib",
    "xmlrpc",
    "_decimal",
    # TLS: the app opens no network connection (libssl, 0.9 MB with the module).
    "ssl",
    "_ssl",
    # AES-GCM comes from the OpenSSL in SQLCipher's extension (desktop_blog/security/aead.py);
    # the cryptography package is only a dependency off Linux (and of the tests).
    "cryptography",
    # Every journal, plain or encrypted, is opened with SQLCipher's sqlcipher3: Python's own
    # SQLite (the module and libsqlite3) is never loaded (desktop_blog/storage/sql_errors.py).
    "sqlite3",
    "_sqlite3",
)
EXCLUDES = [f"PySide6.{name}" for name in EXCLUDED_QT_MODULES] + list(UNUSED_PYTHON_MODULES)

# The encryption libraries' compiled parts, which PyInstaller may not see through their
# Python wrappers: SQLCipher (sqlcipher3's extension, with SQLCipher linked in), argon2-cffi's
# bindings and their cffi backend.
HIDDEN_IMPORTS = [
    "sqlcipher3.dbapi2",
    "sqlcipher3._sqlite3",
    "_argon2_cffi_bindings",
    "_cffi_backend",
]

# Qt plugins collected by PyInstaller's hooks that a desktop journal never loads:
# - the GTK 3 theme (with it came GTK, GDK, Cairo, Pango, ATK: about 20 MB; Qt falls back to
#   its own or the portal theme);
# - embedded-device platforms and inputs (framebuffer, KMS/EGLFS, VNC, Vulkan display, evdev,
#   TUIO), the minimal platform;
# - network information and TLS backends (the app opens no network connection and does not
#   use QtNetwork);
# - image formats no entry image (PNG, JPEG, GIF, WebP) or icon (PNG, SVG) uses;
# - Wayland pieces for compositors and non-desktop shells (server-buffer integrations,
#   fullscreen, IVI, Qt and wl shells); xdg-shell and the decorations stay.
UNUSED_QT_PLUGINS = (
    "egldeviceintegrations/",
    "generic/",
    "networkinformation/",
    "tls/",
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimal.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqvnc.so",
    "platformthemes/libqgtk3.so",
    "imageformats/libqicns.so",
    "imageformats/libqico.so",
    "imageformats/libqtga.so",
    "imageformats/libqtiff.so",
    "imageformats/libqwbmp.so",
    "imageformats/libqpdf.so",
    "wayland-graphics-integration-client/",
    "wayland-shell-integration/libfullscreen-shell-v1.so",
    "wayland-shell-integration/libivi-shell.so",
    "wayland-shell-integration/libqt-shell.so",
    "wayland-shell-integration/libwl-shell-plugin.so",
)
# Qt's own translations (its standard buttons, file dialogs and messages) that are shipped:
# those of the languages the app ships (translations.py: English, German, French, Spanish),
# and Arabic, in which the right-to-left layout is shown and tested. Only Qt Base's are loaded
# (desktop_blog.i18n.QT_CATALOGUES): the meta-catalogues qt_<lang>.qm only point at those of
# modules the app does not use, and are left out with them.
QT_TRANSLATION_LANGUAGES = (translations.SOURCE_LANGUAGE, *translations.LANGUAGES, "ar")
QT_TRANSLATION_CATALOGUES = ("qtbase",)
_QT_TRANSLATION = re.compile(r"(?:^|/)Qt/translations/([A-Za-z0-9_]+)\.qm$")
# Where the app's own compiled catalogues go (desktop_blog.i18n.translations_dir()).
BUNDLED_TRANSLATIONS = f"{BUNDLED_RESOURCES}/translations"


def is_unused_plugin(destination: str) -> bool:
    """Whether a bundle path (as in PyInstaller's TOC) is one of UNUSED_QT_PLUGINS."""
    path = destination.replace("\\", "/")
    return any(f"/plugins/{plugin}" in path for plugin in UNUSED_QT_PLUGINS)


def is_unused_translation(destination: str) -> bool:
    """Whether a bundle path is one of Qt's translations that the app never loads."""
    match = _QT_TRANSLATION.search(destination.replace("\\", "/"))
    if match is None:
        return False
    kept = {
        f"{catalogue}_{language}"
        for catalogue in QT_TRANSLATION_CATALOGUES
        for language in QT_TRANSLATION_LANGUAGES
    }
    return match.group(1) not in kept


# Libraries every Linux desktop already has and that must match the running system rather
# than the build machine (the X11/xcb client side, keyboard maps, fonts, D-Bus and systemd,
# GLib, Kerberos, the C++ runtime; the same list AppImages leave out). A bundled older
# fontconfig, for one, cannot read a newer system's font configuration. The .deb depends on
# them (dpkg-shlibdeps); the bundle needs them installed, as it needs glibc.
SYSTEM_LIBRARIES = re.compile(
    r"^lib(X11|X11-xcb|Xau|Xdmcp|xcb(-[a-z0-9-]+)?|xkbcommon(-x11)?|fontconfig|freetype|expat"
    r"|z|glib-2\.0|gthread-2\.0|dbus-1|systemd|gcrypt|gpg-error|zstd|lz4|cap|selinux|pcre2-8"
    r"|bsd|md|gcc_s|stdc\+\+|gssapi_krb5|krb5|k5crypto|krb5support|com_err|keyutils)\.so"
)


def _soname(destination: str) -> str:
    return destination.replace("\\", "/").rsplit("/", 1)[-1]


def _is_root(destination: str) -> bool:
    path = destination.replace("\\", "/")
    name = _soname(path)
    return (
        "/plugins/" in path
        or name.startswith("libpython")
        or re.search(r"\.(abi3|cpython-[^.]+)\.so$", name) is not None
    )


def reachable_binaries(
    binaries: list[tuple[str, str, str]], needed: Callable[[str], list[str]]
) -> list[tuple[str, str, str]]:
    """``binaries`` without the shared libraries nothing kept links to, nor SYSTEM_LIBRARIES.

    PyInstaller adds every library a collected binary needs; once plugins are dropped, the
    libraries only they needed (GTK for the GTK theme, Qt's EGLFS support, ...) stay behind.
    From the roots (Python extensions, Qt plugins, libpython) the ``NEEDED`` links
    (``needed(source)`` gives the names) are followed; libraries never reached are dropped,
    and so are symbolic links to them.
    """
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    by_name = {_soname(entry[0]): entry for entry in files}
    kept = [entry for entry in files if _is_root(entry[0])]
    seen = {entry[0] for entry in kept}
    while kept:
        for name in needed(kept.pop()[1]):
            entry = by_name.get(name)
            if entry is not None and entry[0] not in seen and not SYSTEM_LIBRARIES.match(name):
                seen.add(entry[0])
                kept.append(entry)
    return [
        entry
        for entry in binaries
        if entry[0] in seen or (entry[2] == "SYMLINK" and entry[1] in seen)
    ]


def version() -> str:
    """The package version, read from desktop_blog/__init__.py without importing it."""
    text = (ROOT / "desktop_blog" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise ValueError("desktop_blog/__init__.py has no __version__")
    return match.group(1)


def datas(compiled_translations: Path) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs putting resources/ at BUNDLED_RESOURCES.

    The translations are the ``.qm`` files of ``compiled_translations`` (compiled for this
    build by ``translations.release``); ``resources/translations/`` holds their ``.ts``
    sources, and maybe ``.qm`` files left by an editable install, neither of which is bundled.
    """
    pairs = []
    for path in sorted(RESOURCES.rglob("*")):
        relative = path.relative_to(RESOURCES)
        if not path.is_file() or relative.parts[0] in (*NOT_BUNDLED, "translations"):
            continue
        pairs.append((str(path), str(Path(BUNDLED_RESOURCES) / relative.parent)))
    compiled = sorted(compiled_translations.glob("*.qm"))
    if not compiled:
        raise FileNotFoundError(f"no compiled translations in {compiled_translations}")
    pairs += [(str(qm), BUNDLED_TRANSLATIONS) for qm in compiled]
    return pairs
