"""Desktop Blog's translation catalogues: extract, compile, check.

    python build_spec/translations.py update          # sources -> resources/translations/*.ts
    python build_spec/translations.py release [OUT]   # *.ts -> OUT/*.qm (default: beside them)
    python build_spec/translations.py check [LANG…]   # fails on anything left to translate
    python build_spec/translations.py desktop-files   # *.ts -> the desktop entry and metainfo

``update`` runs ``pyside6-lupdate`` over every ``desktop_blog/**/*.py`` (the desktop entry's
and metainfo's texts are in ``desktop_blog/desktop_metadata.py``) into
``desktop_blog_{de,fr,es}.ts``, keeping what is translated and dropping what the code no longer
says; ``desktop_blog_en.ts`` holds only the messages with plural forms (``%n``), whose English
forms are written there. lupdate reads each source as Python's own parser sees it
(``write_shims``: its own Python reader misses ``translate(context, text, count)`` plurals).
Then it writes the desktop entry and the metainfo with the translations (``desktop_files.py``).
``release`` compiles with ``pyside6-lrelease``, as the builds do (the wheel's hook
``hatch_build.py``, the PyInstaller spec). ``.qm`` files are build products, never committed.

Only the Python standard library is imported here; the Qt tools come from PySide6 (the
``pyside6-*`` commands beside the running Python, else on PATH, else through PySide6's own
``pyside_tool`` module).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import translatable_strings

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


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a string literal lupdate reads back as is


def _shim_call(message: translatable_strings.Message) -> str:
    """The message as a call lupdate reads: a plural's count is a number, as it needs."""
    arguments = [_quote(message.context), _quote(message.source)]
    if message.numerus:
        arguments += [_quote(message.comment), "1"]
    elif message.comment:
        arguments.append(_quote(message.comment))
    return f"QCoreApplication.translate({', '.join(arguments)})"


def write_shims(package: Path, shims: Path) -> list[Path]:
    """What lupdate reads instead of the sources: one file per source file, in ``shims``.

    lupdate's Python parser (Qt 6.11) drops ``translate(context, text, count)`` and takes a
    count that is not a number for no plural at all, while Python's own parser
    (``translatable_strings``) knows every form the app writes. Each message it finds is
    written back as a call lupdate reads, on the line where the source has it, with the
    source's ``#:`` comments (notes to translators) on their lines: lupdate still merges,
    keeps the translations, counts each language's plural forms and writes the locations.
    """
    import translatable_strings

    root = package.parent
    files = sources(package)
    try:
        messages = translatable_strings.extract(files, root)
    except translatable_strings.ExtractionError as exc:
        raise ToolError(f"translatable strings that cannot be read:\n{exc}") from exc
    calls: dict[str, dict[int, list[str]]] = {}
    for message in messages:
        for path, line in message.locations:
            calls.setdefault(path, {}).setdefault(line, []).append(_shim_call(message))
    written = []
    for source in files:
        relative = source.relative_to(root).as_posix()
        if relative not in calls:
            continue
        lines = []
        for number, text in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if number in calls[relative]:
                lines.append("; ".join(calls[relative][number]))
            else:
                lines.append(text.strip() if text.strip().startswith("#:") else "")
        if not lines[0]:
            lines[0] = "#"  # lupdate does not count an empty first line
        shim = shims / relative
        shim.parent.mkdir(parents=True, exist_ok=True)
        shim.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(shim)
    return written


def _relocate(ts: Path, shims: Path, root: Path) -> None:
    """Point the locations of ``ts`` from the shims back at the sources (same lines)."""
    shim_prefix = Path(os.path.relpath(shims, ts.parent)).as_posix()
    real_prefix = Path(os.path.relpath(root, ts.parent)).as_posix()
    text = ts.read_text(encoding="utf-8")
    text = text.replace(f'filename="{shim_prefix}/', f'filename="{real_prefix}/')
    if shim_prefix in text:
        raise ToolError(f"{ts} still names the lupdate shims ({shim_prefix})")
    ts.write_text(text, encoding="utf-8")


def extract(
    folder: Path = TRANSLATIONS,
    package: Path = PACKAGE,
    languages: Sequence[str] = LANGUAGES,
) -> str:
    """Create or refresh every ``.ts`` of ``folder`` from the sources; return lupdate's report."""
    folder.mkdir(parents=True, exist_ok=True)
    full = [ts_path(language, folder) for language in languages]
    english = ts_path(SOURCE_LANGUAGE, folder)
    with tempfile.TemporaryDirectory() as work:
        shims = Path(work).resolve()
        files = write_shims(package, shims)
        report = _lupdate(files, full)
        report += "\n" + _lupdate(files, [english], "-pluralonly")
        for ts in (*full, english):
            _relocate(ts, shims, package.parent)
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
            reason = "not a plural: %n with no count (tr(text, disambiguation, count))"
            problems.append(Problem(language, context, source, reason))
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
    translatable strings that cannot be read (``tr()`` outside a class) or that lupdate did
    not read back as Python's parser found them (``unseen``)."""
    import translatable_strings

    try:
        messages = translatable_strings.extract(sources(package), package.parent)
    except translatable_strings.ExtractionError as exc:
        return [Problem("sources", "", "", error) for error in str(exc).splitlines()]
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
    return problems + unseen(messages, extracted)


def unseen(
    messages: Sequence[translatable_strings.Message], extracted: dict[tuple[str, str, str], bool]
) -> list[Problem]:
    """The ``messages`` Python's parser found that lupdate's catalogue (``extracted``: by key,
    whether a plural) lacks, or has without plural forms: a text lupdate reads otherwise
    (an escape), a form ``translatable_strings`` does not know."""
    problems = []
    for message in messages:
        where = ", ".join(f"{path}:{line}" for path, line in message.locations)
        if message.key not in extracted:
            reason = f"pyside6-lupdate did not extract it ({where})"
        elif message.numerus and not extracted[message.key]:
            reason = f"pyside6-lupdate did not see its count ({where})"
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
