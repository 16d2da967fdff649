from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import desktop_files
import pytest
import translations
from PySide6.QtCore import QTranslator

SOURCE = """\
from PySide6.QtCore import QObject

from desktop_blog.i18n import QT_TRANSLATE_NOOP


class Window(QObject):
    def texts(self, count: int) -> list[str]:
        return [self.tr("Save"), self.tr("%n entries", "", count)]


LABEL = QT_TRANSLATE_NOOP("Labels", "Journal")
"""


def _package(tmp_path: Path, source: str = SOURCE) -> Path:
    package = tmp_path / "pkg"
    (package / "__pycache__").mkdir(parents=True)
    (package / "window.py").write_text(source, encoding="utf-8")
    (package / "__pycache__" / "stale.py").write_text('QT_TRANSLATE_NOOP("X", "gone")')
    return package


def _translate(path: Path, context: str, source: str, *forms: str) -> None:
    """Write a finished translation (or plural forms) into a .ts file, as Linguist would."""
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        for message in ctx.iter("message"):
            if ctx.findtext("name") == context and message.findtext("source") == source:
                translation = message.find("translation")
                assert translation is not None
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    for element, form in zip(
                        translation.findall("numerusform"), forms, strict=True
                    ):
                        element.text = form
                else:
                    translation.text = forms[0]
    tree.write(path, encoding="utf-8", xml_declaration=True)


def _sources(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", message.findtext("source") or "")
        for ctx in root.iter("context")
        for message in ctx.iter("message")
    }


def _complete(folder: Path) -> None:
    for language, (save, one, many, label) in {
        "de": ("Speichern", "%n Eintrag", "%n Einträge", "Tagebuch"),
        "fr": ("Enregistrer", "%n entrée", "%n entrées", "Journal"),
        "es": ("Guardar", "%n entrada", "%n entradas", "Diario"),
    }.items():
        path = translations.ts_path(language, folder)
        _translate(path, "Window", "Save", save)
        _translate(path, "Window", "%n entries", one, many)
        _translate(path, "Labels", "Journal", label)
    _translate(translations.ts_path("en", folder), "Window", "%n entries", "%n entry", "%n entries")


def test_the_sources_are_every_python_file_of_the_package() -> None:
    found = translations.sources()
    assert translations.PACKAGE / "desktop_metadata.py" in found
    assert translations.PACKAGE / "i18n.py" in found
    assert all(path.suffix == ".py" and "__pycache__" not in path.parts for path in found)


def test_extract_makes_a_catalogue_per_language_and_english_plurals_only(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    translations.extract(folder, _package(tmp_path))
    expected = {("Window", "Save"), ("Window", "%n entries"), ("Labels", "Journal")}
    for language in translations.LANGUAGES:
        path = translations.ts_path(language, folder)
        assert _sources(path) == expected
        root = ET.parse(path).getroot()
        assert root.get("language", "").startswith(language)
        assert root.get("sourcelanguage") == "en"
        location = root.find(".//location[@filename]")
        assert location is not None
        assert location.get("filename") == "../pkg/window.py"  # relative to the .ts
    english = translations.ts_path("en", folder)
    assert _sources(english) == {("Window", "%n entries")}


def test_extract_keeps_translations_and_drops_what_the_code_no_longer_says(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "translations"
    package = _package(tmp_path)
    translations.extract(folder, package)
    german = translations.ts_path("de", folder)
    _translate(german, "Window", "Save", "Speichern")
    (package / "window.py").write_text(SOURCE.replace('"Journal"', '"Diary"'), encoding="utf-8")
    translations.extract(folder, package)
    assert ("Labels", "Journal") not in _sources(german)  # -no-obsolete
    assert ("Labels", "Diary") in _sources(german)
    assert desktop_files.read_ts(german)[("Window", "Save")] == "Speichern"


def test_check_lists_what_is_left_in_each_language(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    package = _package(tmp_path)
    translations.extract(folder, package)
    problems = translations.check(folder=folder, package=package)
    left = {(p.language, p.context, p.source, p.reason) for p in problems}
    assert ("de", "Window", "Save", "unfinished") in left
    assert ("fr", "Window", "%n entries", "unfinished") in left
    assert ("en", "Window", "%n entries", "unfinished") in left  # English plural forms
    assert len(problems) == 3 * 3 + 1

    _complete(folder)
    assert translations.check(folder=folder, package=package) == []

    # A plural form left empty, a language without its catalogue, a new string in the code.
    _translate(translations.ts_path("es", folder), "Window", "%n entries", "%n entrada", "")
    (package / "more.py").write_text('QT_TRANSLATE_NOOP("Labels", "Tags")\n', encoding="utf-8")
    problems = translations.check([*translations.LANGUAGES, "it"], folder, package)
    reasons = sorted(str(problem) for problem in problems)
    assert reasons == [
        "de: not in the .ts (run update): Labels: 'Tags'",
        "es: not in the .ts (run update): Labels: 'Tags'",
        "es: plural form missing: Window: '%n entries'",
        "fr: not in the .ts (run update): Labels: 'Tags'",
        "it: no catalogue: desktop_blog_it.ts",
    ]


def test_release_compiles_every_catalogue_that_qt_then_loads(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    translations.extract(folder, _package(tmp_path))
    _complete(folder)
    out = tmp_path / "out"
    out.mkdir()
    (out / "desktop_blog_it.qm").write_bytes(b"stale: its .ts is gone")
    compiled = translations.release(out, folder)
    assert sorted(path.name for path in compiled) == [
        f"desktop_blog_{language}.qm" for language in ("de", "en", "es", "fr")
    ]
    assert sorted(path.name for path in out.iterdir()) == sorted(p.name for p in compiled)
    german = QTranslator()
    assert german.load(str(out / "desktop_blog_de.qm"))
    assert german.translate("Window", "Save") == "Speichern"
    assert german.translate("Window", "%n entries", None, 1) == "%n Eintrag"
    assert german.translate("Window", "%n entries", None, 3) == "%n Einträge"
    english = QTranslator()
    assert english.load(str(out / "desktop_blog_en.qm"))
    assert english.translate("Window", "%n entries", None, 1) == "%n entry"


def test_release_fails_on_a_broken_catalogue(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    translations.ts_path("de", folder).write_text("<TS><context><name>", encoding="utf-8")
    with pytest.raises(translations.ToolError, match="lrelease"):
        translations.release(tmp_path / "out", folder)
    with pytest.raises(translations.ToolError, match="no desktop_blog_"):
        translations.release(tmp_path / "out", tmp_path / "empty")


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "qm"
    assert translations.main(["release", str(out)]) == 0
    for language in (*translations.LANGUAGES, "en"):
        assert (out / f"desktop_blog_{language}.qm").is_file()
    assert "compiled" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        translations.main(["no-such-command"])


def test_check_command_fails_listing_what_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "translations"
    package = _package(tmp_path)
    translations.extract(folder, package)
    monkeypatch.setattr(translations, "TRANSLATIONS", folder)
    monkeypatch.setattr(translations, "PACKAGE", package)
    assert translations.main(["check", "de"]) == 1
    printed = capsys.readouterr()
    assert "de: unfinished: Window: 'Save'" in printed.out
    assert "left to do" in printed.err
    _complete(folder)
    assert translations.main(["check", "de", "fr", "es", "en"]) == 0
    assert "complete: de, fr, es, en" in capsys.readouterr().out


def test_the_desktop_entry_and_metainfo_texts_are_translated_in_every_language() -> None:
    """The DesktopEntry and Metainfo contexts are complete (the rest is the window's)."""
    for language in translations.LANGUAGES:
        path = translations.ts_path(language)
        left = [
            str(problem)
            for problem in translations.unfinished(path, language)
            if problem.context in ("DesktopEntry", "Metainfo")
        ]
        assert left == []
        found = {context for context, _ in _sources(path)}
        assert {"DesktopEntry", "Metainfo"} <= found


def test_the_languages_are_those_the_app_offers() -> None:
    from desktop_blog import i18n

    assert {translations.SOURCE_LANGUAGE, *translations.LANGUAGES} == set(i18n.LANGUAGE_NAMES)
    assert translations.CATALOGUE == i18n.CATALOGUE


PLURAL_TRAPS = """\
from PySide6.QtCore import QCoreApplication

from desktop_blog.i18n import translate


def counts(count: int) -> list[str]:
    return [
        translate("Stats", "%n entries", count),
        QCoreApplication.translate("Stats", "%n days", "", count),
    ]
"""


def test_check_finds_the_plurals_lupdate_does_not_see(tmp_path: Path) -> None:
    """Qt 6's lupdate reads Python plurals only from tr() calls (see PLURAL_HINT)."""
    folder = tmp_path / "translations"
    package = _package(tmp_path, SOURCE + PLURAL_TRAPS)
    translations.extract(folder, package)
    _complete(folder)
    problems = translations.check(folder=folder, package=package)
    reasons = {(p.language, p.source, p.reason.split(" (")[0].split(":")[0]) for p in problems}
    assert reasons == {
        ("sources", "%n entries", "pyside6-lupdate does not extract it"),
        ("sources", "%n days", "pyside6-lupdate does not see its count"),
        ("de", "%n days", "not a plural"),
        ("fr", "%n days", "not a plural"),
        ("es", "%n days", "not a plural"),
    }
    (where,) = [p.reason for p in problems if p.source == "%n entries"]
    assert "pkg/window.py:19" in where
    assert 'self.tr("%n …", "", count)' in where


def test_check_reports_a_tr_call_without_context(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    package = _package(
        tmp_path, SOURCE + '\n\ndef lost(self: QObject) -> str:\n    return self.tr("Lost")\n'
    )
    translations.extract(folder, package)
    problems = [str(p) for p in translations.check(folder=folder, package=package)]
    assert "sources: pkg/window.py:15: tr() outside a class has no context" in problems
