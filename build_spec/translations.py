"""Desktop Blog's translation catalogues: extract, compile, check.

    python build_spec/translations.py update          # sources -> resources/translations/*.ts
    python build_spec/translations.py release [OUT]   # *.ts -> OUT/*.qm (default: beside them)
    python build_spec/translations.py check [LANG…]   # fails on anything left to translate
    python build_spec/translations.py desktop-files   # *.ts -> the desktop entry and metainfo

``update`` runs ``pyside6-lupdate`` over every ``desktop_blog/**/*.py`` (the desktop entry's
and metainfo's texts are in ``desktop_blog/desktop_metadata.py``) into
``desktop_blog_{de,fr,es}.ts``, keeping what is translated and dropping what the code no longer
says; ``desktop_blog_en.ts`` holds only the messages with plural forms (``%n``), whose English
forms are written there. Then it writes the desktop entry and the metainfo with the
translations (``desktop_files.py``). ``release`` compiles with ``pyside6-lrelease``, as the
builds do (the wheel's hook ``hatch_build.py``, the PyInstaller spec). ``.qm`` files are build
products, never committed.

Only the Python standard library is imported here; the Qt tools come from PySide6 (the
``pyside6-*`` commands beside the running Python, else on PATH, else through PySide6's own
``pyside_tool`` module).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_blog"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "desktop_blog"  # as desktop_blog.i18n.CATALOGUE
SOURCE_LANGUAGE = "en"
LANGUAGES = ("de", "fr", "es")  # translated in full; English has its plural forms only
LUPDATE_OPTIONS = ("-no-obsolete", "-locations", "relative", "-source-language", "en")


class ToolError(RuntimeError):
    """A Qt tool failed; the message has its output."""


@dataclass(frozen=True)
class Problem:
    """Something left to do in one language's catalogue."""

    language: str
    context: str
    source: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.context}: {self.source!r}" if self.source else self.context
        return (
            f"{self.language}: {self.reason}: {where}"
            if where
            else f"{self.language}: {self.reason}"
        )


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def sources(package: Path = PACKAGE) -> list[Path]:
    """The Python files lupdate reads."""
    return sorted(path for path in package.rglob("*.py") if "__pycache__" not in path.parts)


def qt_tool(name: str) -> list[str]:
    """The command line that runs PySide6's ``name`` (``lupdate``, ``lrelease``)."""
    script = f"pyside6-{name}"
    beside = Path(sys.executable).parent
    found = shutil.which(script, path=os.pathsep.join([str(beside), os.environ.get("PATH", "")]))
    if found:
        return [found]
    # No console scripts (a build environment may lack them): PySide6's own wrapper.
    return [
        sys.executable,
        "-c",
        f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())",
    ]


def run_tool(name: str, args: Sequence[str]) -> str:
    """Run a Qt tool; return its output, or raise ToolError when it fails."""
    try:
        result = subprocess.run(  # noqa: S603 (PySide6's own tools, arguments as a list)
            [*qt_tool(name), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
    except OSError as exc:
        raise ToolError(f"pyside6-{name} could not be started: {exc}") from exc
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise ToolError(f"pyside6-{name} failed ({result.returncode}):\n{output}")
    return output


def _lupdate(files: Sequence[Path], targets: Sequence[Path], *extra: str) -> str:
    with tempfile.TemporaryDirectory() as work:
        listing = Path(work) / "sources.lst"  # one file a line: no command-line length limit
        listing.write_text("".join(f"{path}\n" for path in files), encoding="utf-8")
        return run_tool(
            "lupdate",
            [*LUPDATE_OPTIONS, *extra, f"@{listing}", "-ts", *(str(t) for t in targets)],
        )


def extract(
    folder: Path = TRANSLATIONS,
    package: Path = PACKAGE,
    languages: Sequence[str] = LANGUAGES,
) -> str:
    """Create or refresh every ``.ts`` of ``folder`` from the sources; return lupdate's report."""
    folder.mkdir(parents=True, exist_ok=True)
    files = sources(package)
    report = _lupdate(files, [ts_path(language, folder) for language in languages])
    report += "\n" + _lupdate(files, [ts_path(SOURCE_LANGUAGE, folder)], "-pluralonly")
    return report


def update(folder: Path = TRANSLATIONS, package: Path = PACKAGE) -> str:
    """``extract``, then write the desktop entry and the metainfo from the new catalogues."""
    report = extract(folder, package)
    import desktop_files

    for path in desktop_files.write(folder):
        report += f"\nwrote {path.relative_to(ROOT)}"
    return report


def release(outdir: Path = TRANSLATIONS, folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every ``.ts`` of ``folder`` into ``outdir``; return the ``.qm`` files.

    A ``.qm`` of ``outdir`` without its ``.ts`` (a language removed) is deleted.
    """
    outdir.mkdir(parents=True, exist_ok=True)
    catalogues = sorted(folder.glob(f"{CATALOGUE}_*.ts"))
    if not catalogues:
        raise ToolError(f"no {CATALOGUE}_*.ts in {folder}")
    compiled = []
    for ts in catalogues:
        qm = outdir / f"{ts.stem}.qm"
        qm.unlink(missing_ok=True)
        run_tool("lrelease", [str(ts), "-qm", str(qm)])
        if not qm.is_file():
            raise ToolError(f"pyside6-lrelease wrote no {qm}")
        compiled.append(qm)
    wanted = {path.name for path in compiled}
    for stale in outdir.glob(f"{CATALOGUE}_*.qm"):
        if stale.name not in wanted:
            stale.unlink()
    return compiled


def _messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """The messages of a ``.ts`` file by (context, source text, disambiguation)."""
    found = {}
    # The project's own catalogues, not untrusted input.
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def unfinished(path: Path, language: str) -> list[Problem]:
    """The messages of ``path`` that are not translated, or not completely."""
    problems = []
    for (context, source, _), message in _messages(path).items():
        translation = message.find("translation")
        kind = "" if translation is None else translation.get("type", "")
        if "%n" in source and message.get("numerus") != "yes":
            # lupdate marks a plural only when it sees the count (see PLURAL_HINT).
            problems.append(Problem(language, context, source, f"not a plural: {PLURAL_HINT}"))
            continue
        if kind in ("vanished", "obsolete"):
            problems.append(Problem(language, context, source, "obsolete (run update)"))
            continue
        if translation is None or kind == "unfinished":
            problems.append(Problem(language, context, source, "unfinished"))
            continue
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if not forms or not all((form.text or "").strip() for form in forms):
                problems.append(Problem(language, context, source, "plural form missing"))
        elif not (translation.text or "").strip():
            problems.append(Problem(language, context, source, "empty translation"))
    return problems


def missing(folder: Path, languages: Sequence[str], package: Path = PACKAGE) -> list[Problem]:
    """Messages of the sources that a language's ``.ts`` lacks (``update`` not run), and
    translatable strings that lupdate does not extract as they are written (``unseen``)."""
    problems = []
    with tempfile.TemporaryDirectory() as work:
        fresh = Path(work)
        for language in languages:
            if ts_path(language, folder).is_file():
                shutil.copy2(ts_path(language, folder), ts_path(language, fresh))
        extract(fresh, package)
        for language in languages:
            committed = ts_path(language, folder)
            if not committed.is_file():
                continue
            known = _messages(committed)
            for key in _messages(ts_path(language, fresh)):
                if key not in known:
                    problems.append(
                        Problem(language, key[0], key[1], "not in the .ts (run update)")
                    )
        extracted = {
            key: message.get("numerus") == "yes"
            for key, message in _messages(ts_path(LANGUAGES[0], fresh)).items()
        }
    return problems + unseen(extracted, package)


# What lupdate's Python parser (Qt 6.11) needs: literal strings, and for a plural the count as
# tr()'s third argument (any expression). In translate() it takes a variable count for no
# plural, and drops translate(context, text, count) altogether.
PLURAL_HINT = 'write plurals as self.tr("%n …", "", count) or ClassName.tr("%n …", "", count)'


def unseen(extracted: dict[tuple[str, str, str], bool], package: Path = PACKAGE) -> list[Problem]:
    """The strings that Python's parser finds marked for translation (``translatable_strings``)
    but lupdate did not extract, or not as a plural; ``extracted``: lupdate's, by key, with
    whether each is a plural."""
    import translatable_strings

    try:
        messages = translatable_strings.extract(sources(package), package.parent)
    except translatable_strings.ExtractionError as exc:
        return [Problem("sources", "", "", str(error)) for error in str(exc).splitlines()]
    problems = []
    for message in messages:
        where = ", ".join(f"{path}:{line}" for path, line in message.locations)
        if message.key not in extracted:
            reason = f"pyside6-lupdate does not extract it ({where}; {PLURAL_HINT})"
        elif message.numerus and not extracted[message.key]:
            reason = f"pyside6-lupdate does not see its count ({where}; {PLURAL_HINT})"
        else:
            continue
        problems.append(Problem("sources", message.context, message.source, reason))
    return problems


def check(
    languages: Sequence[str] = (*LANGUAGES, SOURCE_LANGUAGE),
    folder: Path = TRANSLATIONS,
    package: Path | None = PACKAGE,
) -> list[Problem]:
    """Everything left to translate in ``languages``: [] when they are complete.

    A missing ``.ts``, a message not translated (``type="unfinished"``), an empty translation
    or plural form, a ``%n`` message that is not a plural; with ``package``, also the messages
    of the sources that the ``.ts`` files do not have yet (``update`` not run), and the strings
    marked in the sources that lupdate does not read as they are written (language
    ``sources``).
    """
    problems = []
    present = []
    for language in languages:
        path = ts_path(language, folder)
        if not path.is_file():
            problems.append(Problem(language, path.name, "", "no catalogue"))
            continue
        present.append(language)
        problems += unfinished(path, language)
    if package is not None and present:
        problems += missing(folder, present, package)
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="translations.py", description="Desktop Blog's translation catalogues."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="refresh the .ts files, the desktop entry and metainfo")
    compile_parser = commands.add_parser("release", help="compile the .ts files to .qm files")
    compile_parser.add_argument("outdir", nargs="?", type=Path, default=TRANSLATIONS)
    check_parser = commands.add_parser("check", help="fail on anything left to translate")
    check_parser.add_argument(
        "languages", nargs="*", default=[*LANGUAGES, SOURCE_LANGUAGE], metavar="LANG"
    )
    commands.add_parser(
        "desktop-files", help="write the desktop entry and metainfo from the .ts files"
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            print(update())
        elif args.command == "release":
            for qm in release(args.outdir):
                print(f"compiled {qm}")
        elif args.command == "check":
            problems = check(args.languages, TRANSLATIONS, PACKAGE)
            for problem in problems:
                print(problem)
            if problems:
                print(f"{len(problems)} translation(s) left to do", file=sys.stderr)
                return 1
            print(f"complete: {', '.join(args.languages)}")
        else:
            import desktop_files

            for path in desktop_files.write(TRANSLATIONS):
                print(f"wrote {path}")
    except ToolError as exc:
        print(f"translations.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
