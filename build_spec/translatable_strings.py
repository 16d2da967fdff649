"""Find every translatable string in the package's Python source, with Python's own parser.

``pyside6-lupdate`` (6.11) reads Python with a tokenizer that drops a ``translate()`` call
whose count is an expression and marks a count as plural only when it is a number literal,
so plurals written as ``translate("Ctx", "%n entries", count)`` never reached the
catalogue. This walks the syntax tree instead and knows every form the app uses:

* ``self.tr("text")``, ``self.tr("text", "disambiguation", n)`` — the context is the
  enclosing class's name, as PySide6 uses it at run time; ``Name.tr(...)`` has the context
  ``Name``;
* ``translate("Context", "text")`` and ``translate("Context", "%n text", n)`` from
  :mod:`desktop_blog.i18n`, and Qt's ``QCoreApplication.translate(ctx, text, disambiguation, n)``;
* ``QT_TRANSLATE_NOOP("Context", "text")``.

A call whose text is a variable translates a string marked elsewhere with
``QT_TRANSLATE_NOOP``; it is not a message itself. ``tr()`` outside a class has no context
and is reported.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Message:
    """One string to translate, where it is used, and whether it has plural forms."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


class ExtractionError(ValueError):
    """A translation call whose strings are not literals."""


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.classes: list[str] = []
        self.found: list[Message] = []
        self.errors: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        if name == "tr" and isinstance(node.func, ast.Attribute):
            self._tr(node)
        elif name in ("translate", "QT_TRANSLATE_NOOP") and node.args:
            self._translate(node, plural_at=2 if name == "translate" else -1)
        self.generic_visit(node)

    def _add(self, node: ast.Call, context: str, text: str, comment: str, numerus: bool) -> None:
        self.found.append(Message(context, text, comment, numerus, [(self.path, node.lineno)]))

    def _fail(self, node: ast.Call, why: str) -> None:
        self.errors.append(f"{self.path}:{node.lineno}: {why}")

    def _tr(self, node: ast.Call) -> None:
        text = _literal(_argument(node, 0, "sourceText"))
        if text is None:
            return  # a string marked with QT_TRANSLATE_NOOP, translated where it is shown
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(owner, ast.Name) and owner.id != "self":
            context = owner.id  # Cli.tr(...): the name before the dot, as lupdate reads it
        elif self.classes:
            context = self.classes[-1]
        else:
            self._fail(node, "tr() outside a class has no context")
            return
        comment = _literal(_argument(node, 1, "disambiguation")) or ""
        numerus = _argument(node, 2, "n") is not None
        self._add(node, context, text, comment, numerus)

    def _translate(self, node: ast.Call, plural_at: int) -> None:
        context = _literal(_argument(node, 0, "context"))
        text = _literal(_argument(node, 1, "text"))
        if context is None or text is None:
            return  # a marked string translated where it is shown, or str.translate()
        comment = ""
        numerus = False
        if plural_at >= 0:
            # Ours: translate(context, text, n); Qt's: translate(context, text, disambiguation, n).
            third = _argument(node, 2, "n")
            fourth = _argument(node, 3, "n")
            if fourth is not None:
                comment = _literal(third) or ""
                numerus = True
            elif third is not None and _literal(third) is None:
                numerus = not (isinstance(third, ast.Constant) and third.value is None)
            elif third is not None:
                comment = _literal(third) or ""
        self._add(node, context, text, comment, numerus)


def extract(files: list[Path], root: Path) -> list[Message]:
    """Every translatable message in ``files``, merged by (context, text, disambiguation)."""
    merged: dict[tuple[str, str, str], Message] = {}
    errors: list[str] = []
    for path in files:
        visitor = _Visitor(path.relative_to(root).as_posix())
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        errors.extend(visitor.errors)
        for message in visitor.found:
            known = merged.setdefault(message.key, message)
            if known is not message:
                known.locations.extend(message.locations)
                known.numerus = known.numerus or message.numerus
    if errors:
        raise ExtractionError("\n".join(errors))
    return sorted(merged.values(), key=lambda m: m.key)
