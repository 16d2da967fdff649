"""Make the build_spec/ scripts importable (they are scripts, not part of the package)."""

from __future__ import annotations

import sys
from pathlib import Path

BUILD_SPEC = Path(__file__).resolve().parents[2] / "build_spec"
if str(BUILD_SPEC) not in sys.path:
    sys.path.insert(0, str(BUILD_SPEC))
