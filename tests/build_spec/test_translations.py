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


def _message(path: Path, context: str, source: str) -> ET.Element:
    for ctx in ET.parse(path).getroot().iter("context"):
        for message in ctx.iter("message"):
            if ctx.findtext("name") == context and message.findtext("source") == source:
                return message
    raise AssertionError(f"{context}: {source!r} is not in {path.name}")


def _locations(path: Path) -> dict[tuple[str, str], list[tuple[str, int]]]:
    """Every message's (file, line) locations, the relative ones ("+3") resolved as Qt does:
    per file, from the file's previous line; a location without a file is in the last one."""
    found: dict[tuple[str, str], list[tuple[str, int]]] = {}
    lines: dict[str, int] = {}
    current = ""
    for ctx in ET.parse(path).getroot().iter("context"):
        for message in ctx.iter("message"):
            key = (ctx.findtext("name") or "", message.findtext("source") or "")
            for location in message.iter("location"):
                current = location.get("filename") or current
                value = location.get("line", "0")
                relative = value[0] in "+-"
                lines[current] = lines.get(current, 0) + int(value) if relative else int(value)
                found.setdefault(key, []).append((current, lines[current]))
    return found


def test_extract_reads_the_plurals_lupdate_alone_misses(tmp_path: Path) -> None:
    """lupdate (Qt 6.11) drops translate(context, text, count) and takes a count that is a
    variable for no plural; the catalogues have both, as plurals, at their lines."""
    folder = tmp_path / "translations"
    package = _package(tmp_path, SOURCE + PLURAL_TRAPS)
    translations.extract(folder, package)
    for language in (*translations.LANGUAGES, "en"):
        path = translations.ts_path(language, folder)
        locations = _locations(path)
        for text, line in (("%n entries", 19), ("%n days", 20)):
            message = _message(path, "Stats", text)
            assert message.get("numerus") == "yes"
            assert len(message.findall("translation/numerusform")) == 2
            assert locations[("Stats", text)] == [("../pkg/window.py", line)]
    german = _locations(translations.ts_path("de", folder))
    assert german[("Labels", "Journal")] == [("../pkg/window.py", 11)]
    assert german[("Window", "Save")] == [("../pkg/window.py", 8)]
    _complete(folder)
    left = translations.check(folder=folder, package=package)
    assert {(p.language, p.source) for p in left} == {
        (language, text)
        for language in (*translations.LANGUAGES, "en")
        for text in ("%n entries", "%n days")
    }
    assert {p.reason for p in left} == {"unfinished"}


def test_extract_keeps_the_texts_escapes_and_notes_to_translators(tmp_path: Path) -> None:
    source = (
        "\n"  # lupdate does not count an empty first line: the shims do not start with one
        "from PySide6.QtCore import QObject\n"
        "\n"
        "\n"
        "class Dialog(QObject):\n"
        "    def texts(self) -> list[str]:\n"
        "        return [\n"
        "            #: Shown when the file is gone.\n"
        '            self.tr("Say \\"{name}\\" & <b>\\\\ \\u00e9t\\u00e9\\nnext", "title"),\n'
        "            self.tr(\n"
        "                'It\\'s {count}' \" joined\"\n"
        "            ),\n"
        "        ]\n"
    )
    folder = tmp_path / "translations"
    package = _package(tmp_path, source)
    translations.extract(folder, package)
    german = translations.ts_path("de", folder)
    message = _message(german, "Dialog", 'Say "{name}" & <b>\\ été\nnext')
    assert message.findtext("comment") == "title"
    assert message.findtext("extracomment") == "Shown when the file is gone."
    locations = _locations(german)
    assert locations[("Dialog", 'Say "{name}" & <b>\\ été\nnext')] == [("../pkg/window.py", 9)]
    assert _message(german, "Dialog", "It's {count} joined") is not None
    assert [p for p in translations.check(["de"], folder, package) if p.language == "sources"] == []


def test_unseen_lists_what_lupdate_did_not_read_as_python_did(tmp_path: Path) -> None:
    import translatable_strings

    package = _package(tmp_path)
    messages = translatable_strings.extract(translations.sources(package), package.parent)
    extracted = {("Window", "Save", ""): False, ("Window", "%n entries", ""): False}
    problems = sorted(str(p) for p in translations.unseen(messages, extracted))
    assert problems == [
        "sources: pyside6-lupdate did not extract it (pkg/window.py:11): Labels: 'Journal'",
        "sources: pyside6-lupdate did not see its count (pkg/window.py:8): Window: '%n entries'",
    ]


def test_a_tr_call_without_context_fails_update_and_check(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    package = _package(tmp_path)
    translations.extract(folder, package)
    with (package / "window.py").open("a", encoding="utf-8") as file:
        file.write('\n\ndef lost(self: QObject) -> str:\n    return self.tr("Lost")\n')
    with pytest.raises(translations.ToolError, match=r"window.py:15: tr\(\) outside a class"):
        translations.extract(folder, package)
    problems = [str(p) for p in translations.check(folder=folder, package=package)]
    assert "sources: pkg/window.py:15: tr() outside a class has no context" in problems
