"""Importing Qt for the window without PySide6's per-module source scan.

Once PySide6 is imported, its import hook (``__feature__`` support, PYSIDE-2029) reads the
whole source of every module imported after it (:func:`inspect.getsource`) to see whether
the text "PySide6" appears in it, and keeps the lines in :mod:`linecache` for good. For the
window's 170-odd modules that took 40-60 ms of the start-up and 5 MiB of memory. The answer
only matters to a program that selects a feature (``from __feature__ import snake_case``),
which Desktop Blog never does: every module is then treated as a module that uses PySide
without features, which is what the scan would have answered for the app's own modules.
The lines the scan read before it was turned off (``enum``, ``shiboken6``, ``PySide6``:
0.3 MiB) are dropped from :mod:`linecache`, which reads them again if a traceback needs them.
"""

from __future__ import annotations

import linecache
import logging
import sys
from types import ModuleType

logger = logging.getLogger(__name__)


def _uses_pyside(module: ModuleType) -> bool:
    """Answer the hook's question without reading ``module``'s source (no feature is used)."""
    del module
    return True


def import_qt() -> None:
    """Import QtCore and turn PySide6's source scan off (if this PySide6 has one)."""
    import PySide6.QtCore  # noqa: F401 (loads PySide6.support.feature)

    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
        linecache.clearcache()
    else:  # a PySide6 without the scan: nothing to turn off
        logger.debug("PySide6 has no source scan to turn off")
